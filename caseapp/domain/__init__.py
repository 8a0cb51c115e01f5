"""The Qt-free, database-free core vocabulary: codes, CPR numbers, errors and roles."""
