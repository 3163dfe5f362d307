"""
Python client for Sesamy's Client API and Management API.

The public API lives in this package; the generated low-level clients
(`sesamy_client_api`, `sesamy_management_api`) are implementation details.
"""

__version__ = "0.1.0"
