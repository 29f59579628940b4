"""about"""
