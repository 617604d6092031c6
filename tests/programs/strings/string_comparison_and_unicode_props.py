# Unicode properties: case mapping, casefold comparisons, digits, identifiers, normalization.
import unicodedata
pairs = [("Straße", "STRASSE"), ("ǅ", "ǆ"), ("ﬁ", "fi"), ("Σ", "σ")]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold(), a.upper(), b.title())
print("ΣΑΣ".lower(), "İstanbul".lower(), "ß".upper(), "ǈ".istitle(), "x²".isdigit(), "²".isdecimal(), "Ⅷ".isnumeric())
print("变量".isidentifier(), "1abc".isidentifier(), "def".isidentifier(), "a b".isprintable(), "\x07".isprintable())
composed, decomposed = "é", "e\u0301"
print(composed == decomposed, unicodedata.normalize("NFC", decomposed) == composed, len(decomposed))
print([unicodedata.category(c) for c in "aA1 ,€"], unicodedata.numeric("½"), unicodedata.decimal("7"))
print(sorted(["b", "a", "B", "á", "A"]), sorted(["b", "a", "B", "á", "A"], key=str.casefold))
print("ﬀ".upper(), len("ﬀ".upper()), "ŉ".upper(), "\u0130".lower().encode("unicode_escape"))
