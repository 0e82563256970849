"""Linking reports of the same real event across articles.

    report_of(event) -> Report          the linkable view of one event
    link_reports(reports) -> Linking    event id -> group id, plus containment links
    merge_group(id, members) -> Group   the merged record of one group
    link_new(store) -> LinkReport       place the store's unlinked events in groups (khabar.linking.incremental)
"""
from .groups import Linking, link_reports
from .merge import Group, Supported, merge_group
from .reports import Report, report_of
from .rules import compatible, part_of_aggregate, same_event

__all__ = ["Group", "compatible", "Linking", "Report", "Supported", "link_reports", "merge_group", "part_of_aggregate",
           "report_of", "same_event"]
