# hand-written sorting algorithms agree with sorted()
def bubble(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a


def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a


def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


def quick(a):
    if len(a) <= 1:
        return a
    pivot = a[0]
    return quick([x for x in a[1:] if x < pivot]) + [pivot] + quick([x for x in a[1:] if x >= pivot])


data = [(i * 37 + 11) % 53 - 20 for i in range(40)]
print(data)
print(bubble(data))
print(bubble(data) == sorted(data), insertion(data) == sorted(data))
print(merge_sort(data) == sorted(data), quick(data) == sorted(data))
print(merge_sort(['pear', 'fig', 'apple']), quick([3.5, -1, 2]))
