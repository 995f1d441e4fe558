# greedy word wrapping and justification
text = ('It was the best of times, it was the worst of times, it was the age of wisdom, '
        'it was the age of foolishness, it was the epoch of belief')


def wrap(text, width):
    lines = []
    line = ''
    for w in text.split():
        if not line:
            line = w
        elif len(line) + 1 + len(w) <= width:
            line += ' ' + w
        else:
            lines.append(line)
            line = w
    if line:
        lines.append(line)
    return lines


for width in (20, 35):
    for line in wrap(text, width):
        print('|' + line + ' ' * (width - len(line)) + '|')
    print()
for line in wrap(text, 30):
    words = line.split()
    gaps = len(words) - 1
    spaces = 30 - len(''.join(words))
    if gaps == 0:
        print(line)
        continue
    out = ''
    for i in range(len(words) - 1):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += words[i] + ' ' * n
    print(out + words[-1])
