"""
Python client for Sesamy's Client API and Management API.

```python
from sesamy_facade import SesamyClient

with SesamyClient(token) as client:
    for contract in client.contracts.list():
        print(contract.id)
```

The public API lives in this package; the generated low-level clients
(`sesamy_client_api`, `sesamy_management_api`) are implementation details,
reachable through each client's `generated` escape hatch.
"""

from ._auth import ClientCredentials
from ._catalog import FACADE_METHODS
from ._client import (
    AsyncSesamyClient,
    AsyncSesamyManagement,
    SesamyClient,
    SesamyManagement,
)
from ._pagination import AsyncPager, Page, SyncPager
from ._responses import RateLimit
from ._retry import Retry, retries_without_wait

__all__ = [
    "FACADE_METHODS",
    "AsyncPager",
    "AsyncSesamyClient",
    "AsyncSesamyManagement",
    "ClientCredentials",
    "Page",
    "RateLimit",
    "Retry",
    "SesamyClient",
    "SesamyManagement",
    "SyncPager",
    "__version__",
    "retries_without_wait",
]

__version__ = "0.1.0"
