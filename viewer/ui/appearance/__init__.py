"""appearance"""
