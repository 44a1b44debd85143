from viewer.history import History


def test_back_returns_to_where_the_reader_had_scrolled_and_forward_returns():
    h: History[str] = History()
    assert not h.can_go_back() and not h.can_go_forward()
    h.visit("a", "b")
    assert h.back("b-scrolled") == "a"
    assert h.forward("a") == "b-scrolled"
    assert not h.can_go_forward()


def test_a_new_jump_drops_the_forward_entries():
    h: History[str] = History()
    h.visit("a", "b")
    h.visit("b", "c")
    assert h.back("c") == "b"
    h.visit("b", "d")
    assert not h.can_go_forward()
    assert h.back("d") == "b"
    assert h.back("b") == "a"
    assert h.back("a") is None


def test_a_jump_to_where_the_reader_already_is_adds_nothing():
    h: History[str] = History()
    h.visit("a", "a")
    assert not h.can_go_back()
