blocks = [(0, 0x250), (0x250, 0x500), (0x500, 0x1000), (0x1000, 0x2000), (0x2000, 0x2500), (0x2500, 0x3100),
          (0x3100, 0xA000), (0xA000, 0xD800), (0xF900, 0x10000), (0x10000, 0x11000), (0x1D400, 0x1D800), (0x1F000, 0x1FA00)]
preds = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'isupper', 'islower', 'istitle', 'isprintable', 'isidentifier', 'isalnum']
for lo, hi in blocks:
    counts = []
    for p in preds:
        counts.append(sum(1 for cp in range(lo, hi) if getattr(chr(cp), p)()))
    up = sum(1 for cp in range(lo, hi) if chr(cp).upper() != chr(cp))
    low = sum(1 for cp in range(lo, hi) if chr(cp).lower() != chr(cp))
    print('%05x-%05x' % (lo, hi), counts, up, low)
