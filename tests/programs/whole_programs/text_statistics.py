# Word statistics over a text: Counter, sorting, textwrap, and string methods.
import collections
import string
import textwrap
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
counts = collections.Counter(words)
print(len(words), len(counts), counts.most_common(5))
by_length = collections.defaultdict(set)
for word in counts:
    by_length[len(word)].add(word)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
pairs = collections.Counter(zip(words, words[1:]))
print(pairs.most_common(3))
print(textwrap.fill(" ".join(sorted(counts)), width=60, initial_indent="> ", subsequent_indent="  "))
print(max(counts, key=lambda w: (counts[w], len(w), w)), sum(map(len, words)) / len(words))
table = str.maketrans("aeiou", "*****")
print(TEXT.splitlines()[0].translate(table))
