"""caseapp: case management and outcome reporting for Housing First / Job First projects."""

__version__ = "0.1.0"
