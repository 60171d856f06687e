async def main(rows):
    return [[v async for v in row] for row in rows]
