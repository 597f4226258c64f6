"""The PDF's document settings: where the annexes start, pages left out of the book."""

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
briefing_analyse = False
briefing_editions = False
briefing_latex_appendix = "annexe"
briefing_latex_exclude = ["interne"]

bibtex_bibfiles: list[str] = []
bibtex_reference_style = "label"
bibtex_default_style = "briefing"

latex_engine = "xelatex"
latex_documents = [(root_doc, "essai.tex", project, "", "manual")]
latex_use_xindy = False
