async def main():
    def helper():
        return await x
    return helper
