def main():
    from __future__ import annotations
