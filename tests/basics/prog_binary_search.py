# binary search over a sorted list
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


a = list(range(0, 100, 3))
for x in [0, 3, 4, 51, 99, 100, -1]:
    print(x, bsearch(a, x))
words = sorted(['kiwi', 'apple', 'mango', 'banana', 'cherry'])
print(words)
for w in ['apple', 'mango', 'grape']:
    print(w, bsearch(words, w))
print(bsearch([], 1))
