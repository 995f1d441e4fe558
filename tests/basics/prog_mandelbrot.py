# ASCII Mandelbrot set with float arithmetic
rows = []
for y in range(-12, 13):
    line = ''
    for x in range(-39, 18):
        cr = x / 20.0
        ci = y / 10.0
        zr = zi = 0.0
        n = 0
        while n < 50 and zr * zr + zi * zi < 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
            n += 1
        line += '#' if n == 50 else ' .:-=+*%@'[n % 9]
    rows.append(line)
for r in rows:
    print(r.rstrip())
