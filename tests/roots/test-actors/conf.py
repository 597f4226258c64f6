"""Two articles analysed by spaCy (slow): who's-who links and index entries."""

project = "Essai"
language = "fr"
extensions = ["briefing"]
root_doc = "index"
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", ".briefing-cache"]
smartquotes = False
suppress_warnings = ["myst.header"]
myst_enable_extensions = ["colon_fence"]  # the generated pages use ::: fences

briefing_source_dir = "articles"
briefing_output_dir = "dossier"
briefing_analyse = True
briefing_editions = False

bibtex_bibfiles: list[str] = []  # the extension adds dossier/sources.bib
bibtex_reference_style = "label"
bibtex_default_style = "briefing"
