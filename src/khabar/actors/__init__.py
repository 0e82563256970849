"""The actor knowledge base: who is who, resolved from a mention's text by alias, title, date and nationality.

    kb = default_kb()
    kb.resolve("Kata'ib Hizballah")                      -> Actor(name="Kataib Hezbollah", id="KH", ...)
    kb.resolve("the prime minister", date=dt.date(2020, 7, 1), country="IRQ")   -> Mustafa al-Kadhimi
    kb.country_of("Iranian") -> "IRN" ;  kb.sector_of("militiamen") -> "REB"
"""
from .kb import ActorKB, KBRelation, default_kb, shipped_files, user_dir
from .importing import Conflict
from .normalise import normalise
from .schema import ActorEntry, RelationEntry, load_file
from .unknown import UnknownCluster, cluster_id, cluster_unknown

__all__ = ["ActorKB", "ActorEntry", "Conflict", "KBRelation", "RelationEntry", "UnknownCluster", "cluster_id",
           "cluster_unknown", "default_kb", "load_file", "normalise", "shipped_files", "user_dir"]
