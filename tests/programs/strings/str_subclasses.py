# Subclasses of str keep their type only where methods say so; operators return plain str.
class Shout(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
    def whisper(self):
        return self.lower()
s = Shout("hey")
print(s, type(s).__name__, s.whisper(), type(s + "!").__name__, type(s.strip()).__name__, type(s[0]).__name__)
print(isinstance(s, str), s == "HEY", {"HEY": 1}[s], f"{s}", repr(s), str(s) is not s, type(str(s)).__name__)
class Tagged(str):
    tag = None
t = Tagged("value")
t.tag = "attached"
print(t, t.tag, t.upper(), hasattr(t.upper(), "tag"), len(t), "alu" in t)
class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
print(CaseInsensitive("Key") == "KEY", "KEY" == CaseInsensitive("Key"), CaseInsensitive("A") in {"a"}, {CaseInsensitive("B"): 1}.get("b"))
