def collect(rows):
    return [[y async for y in row]
            for row in rows]
