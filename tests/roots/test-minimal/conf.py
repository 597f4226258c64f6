"""A project that only adds the extension: no MyST, bibtex, static-file or
author settings. What the generated pages need must come with the extension."""

project = "Essai"
language = "fr"
extensions = ["briefing"]
exclude_patterns = ["_build", ".briefing-cache"]
suppress_warnings = ["myst.header"]

briefing_source_dir = "articles"
briefing_output_dir = "dossier"
briefing_analyse = False
briefing_editions = False
