vals = [3.14159, 2.71828, 1.41421]
for w in (6, 8):
    for p in (1, 3):
        print(f'[{vals[0]:{w}.{p}f}] [{vals[1]:<{w}.{p}}] [{vals[2]:^{w}.{p}e}]')
fill, align, width = '*', '^', 9
print(f'{"mid":{fill}{align}{width}}')
print(f'{12345:{","}}', f'{12345:{"_"}d}')
spec = '>8.2f'
print(f'{vals[0]:{spec}}|')
print(f'{f"{1+1}"}', f'''{f"{f'{3}'}"}''', f'{"{}".format(5)}')
n = 255
for base in 'bxoXd':
    print(f'{n:{base}}', f'{n:#{base}}' if base != 'd' else f'{n:{base}}')
print(f'{"x":{">" if n > 0 else "<"}{n // 50}}|')
data = [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('banana', 10.0, 100)]
for name, price, qty in data:
    print(f'{name:<8}|{price:>7.2f}|{qty:>4d}|{price * qty:>9,.2f}')
print(f'{"total":<8}|{sum(p * q for _, p, q in data):>22,.2f}')
print(f'{3:{0}{5}}', f'{-3:{0}{5}}')
