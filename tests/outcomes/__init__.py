"""Tests of the pure outcome engine (a package so its module names cannot clash with other dirs)."""
