"""Clinic Reference Viewer: an offline reader for cancer-treatment summaries (PDQ style)."""

APP_NAME = "Clinic Reference Viewer"
ORGANIZATION = "ClinicReferenceViewer"


def version() -> str:
    """The version declared in pyproject.toml (through the installed metadata)."""
    from importlib import metadata

    try:
        return metadata.version("clinic-reference-viewer")
    except metadata.PackageNotFoundError:  # running from a bare source tree
        return "0+unknown"
