from enum import StrEnum


class EntitlementType(StrEnum):
    ARTICLE = "article"
    AUDIOBOOK = "audiobook"
    BUNDLE = "bundle"
    EBOOK = "ebook"
    PASS = "pass"
    PHYSICAL_ISSUE = "physical_issue"
    PODCAST = "podcast"
    PUBLICATION = "publication"

    def __str__(self) -> str:
        return str(self.value)
