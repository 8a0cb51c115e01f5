"""Forms built from the record declarations in `caseapp.domain.fields`."""
