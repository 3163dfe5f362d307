"""Where each API's snapshot, generator config and generated package live."""

from dataclasses import dataclass
from pathlib import Path

__all__ = ["APIS", "DEFAULT_ROOT", "Api"]

DEFAULT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Api:
    """One of Sesamy's two REST APIs and the files derived from its spec."""

    name: str
    package: str
    default_url: str
    env_var: str

    def snapshot(self, root: Path) -> Path:
        """The committed, normalized copy of the spec."""
        return root / "openapi" / f"{self.name}.json"

    def config(self, root: Path) -> Path:
        """The openapi-python-client config file."""
        return root / "openapi" / f"{self.name}.config.yml"

    def package_dir(self, root: Path) -> Path:
        """The generated package, written only by regen."""
        return root / "generated" / self.package


APIS = (
    Api(
        name="client",
        package="sesamy_client_api",
        default_url="https://api2.sesamy.com/spec",
        env_var="SESAMY_CLIENT_SPEC",
    ),
    Api(
        name="management",
        package="sesamy_management_api",
        default_url="https://api2.sesamy.com/management/spec",
        env_var="SESAMY_MANAGEMENT_SPEC",
    ),
)
