"""Realistic invented demo data: the seed projects, their staff and years of case records."""

from caseapp.demo.build import DemoSummary, create_demo

__all__ = ["DemoSummary", "create_demo"]
