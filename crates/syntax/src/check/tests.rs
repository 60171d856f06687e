//! Unit tests of the checker: several errors in one file, listed in CPython's order.
