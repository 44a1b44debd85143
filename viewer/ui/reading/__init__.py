"""The text being read and what opens from it: the reader view, link hovering, citation and term popovers, hit marks, the header and copying with the source. Imports common and appearance."""
