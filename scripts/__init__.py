"""Maintenance scripts: regenerate the low-level clients and check them."""
