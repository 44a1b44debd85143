"""NCI's preferred citation of a summary: the one it states, with its dates filled in, or NCI's
current form made from its metadata."""
import dataclasses
import datetime as dt

from viewer.content.citing import preferred_citation
from viewer.content.pdq import load_pdq_summary

from ..conftest import PDQ_SUMMARIES

TODAY = dt.date(2026, 11, 26)


def test_the_citation_a_summary_states_is_used_with_its_dates():
    ependymoma = load_pdq_summary(PDQ_SUMMARIES[0])
    assert preferred_citation(ependymoma, TODAY) == (
        "National Cancer Institute: PDQ® Childhood Ependymoma Treatment. Bethesda, MD: National Cancer "
        "Institute. Date last modified 09/24/2015. Available at: "
        "http://www.cancer.gov/types/brain/hp/child-ependymoma-treatment-pdq. Accessed 11/26/2026.")


def test_a_summary_that_states_none_is_cited_from_its_metadata():
    prostate = next(load_pdq_summary(p) for p in PDQ_SUMMARIES if "prostate" in p.name)
    board = dataclasses.replace(prostate.metadata, board="PDQ Cancer Genetics Editorial Board")
    assert preferred_citation(dataclasses.replace(prostate, metadata=board), TODAY) == (
        "PDQ® PDQ Cancer Genetics Editorial Board. PDQ Genetics of Prostate Cancer. Bethesda, MD: National "
        "Cancer Institute. Updated 10/03/2006. Available at: "
        "http://cancer.gov/cancertopics/pdq/genetics/prostate/HealthProfessional. Accessed 11/26/2026.")
