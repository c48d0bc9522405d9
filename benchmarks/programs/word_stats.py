# word_stats: dict and set heavy text statistics (frequencies, bigrams, per-document
# vocabularies, set algebra) over a synthetic corpus built from syllables by our own LCG.
# small-size: 3000
import sys
import time

DEFAULT_SIZE = 200000

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "do", "an", "el", "or", "ix", "um"]


def make_words(n, seed):
    x = seed
    words = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (x >> 8) % 3
        w = []
        y = x >> 4
        for _ in range(k):
            w.append(SYLLABLES[y % len(SYLLABLES)])
            y //= len(SYLLABLES)
        words.append("".join(w))
    return words


def bench(n):
    words = make_words(n, 7)
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    bigrams = {}
    for i in range(len(words) - 1):
        key = (words[i], words[i + 1])
        if key in bigrams:
            bigrams[key] += 1
        else:
            bigrams[key] = 1
    docs = [set(words[i:i + 500]) for i in range(0, len(words), 500)]
    common = set(docs[0])
    union = set()
    for d in docs:
        common &= d
        union |= d
    by_len = {}
    for w in freq:
        by_len.setdefault(len(w), []).append(w)
    first_letters = {w[0] for w in words}
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_bigram = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    sym = len(docs[0] ^ docs[-1])
    lens = ",".join("%d:%d" % (k, len(v)) for k, v in sorted(by_len.items()))
    return "word_stats n=%d distinct=%d bigrams=%d common=%d union=%d sym=%d letters=%d lens=%s top=%s best=%s/%s:%d" % (
        n, len(freq), len(bigrams), len(common), len(union), sym, len(first_letters), lens,
        ",".join("%s:%d" % kv for kv in top), top_bigram[0][0], top_bigram[0][1], top_bigram[1])


def main():
    size = DEFAULT_SIZE
    inner = 0
    for arg in sys.argv[1:]:
        if arg.startswith("--inner="):
            inner = int(arg[len("--inner="):])
        else:
            size = int(arg)
    result = None
    for _ in range(max(inner, 1)):
        t0 = time.perf_counter()
        result = bench(size)
        t1 = time.perf_counter()
        if inner:
            print("#iter %.9f" % (t1 - t0))
    print(result)


main()
