"""Render: model → strings (MyST pages, BibTeX). Never touches files."""
