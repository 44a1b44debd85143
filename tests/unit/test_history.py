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


def test_places_no_longer_there_are_forgotten_but_the_one_being_read():
    """A summary a weekly update removed: Forward to it went nowhere and said nothing."""
    h: History[str] = History()
    h.visit("a", "gone-1")
    h.visit("gone-1", "b")
    h.visit("b", "gone-2")
    assert h.back("gone-2") == "b"
    h.forget(lambda place: place.startswith("gone"))
    assert not h.can_go_forward()
    assert h.back("b") == "a" and h.back("a") is None


def test_forgetting_leaves_no_step_to_the_same_place_and_keeps_the_cursor():
    h: History[str] = History()
    h.visit("a", "gone")
    h.visit("gone", "a")
    h.visit("a", "c")
    assert h.back("c") == "a"  # the cursor on the second "a"
    h.forget(lambda place: place == "gone" or place == "c")
    assert not h.can_go_back() and not h.can_go_forward()  # one "a": nowhere else to go
    h.visit("a", "d")
    assert h.back("d") == "a"
    h.forget(lambda place: place == "a")  # where the reader is stays, even if gone
    assert h.forward("a") == "d" and h.back("d") == "a"
