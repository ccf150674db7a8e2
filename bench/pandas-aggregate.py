#!/usr/bin/python3
"""The pandas peer of bench/import-bench: crimes by month, borough and crime type.

The borough is the LSOA name up to its last space when that is one of the 32 boroughs the
Metropolitan Police polices (BOROUGHS file, one name a line), otherwise "unallocated" (as the
Workbench counts a borough only for the force that polices it; the City has its own).
Prints the number of groups and the number of crimes counted.

usage: pandas-aggregate.py FILE BOROUGHS
"""
import sys

import pandas as pd


def main():
    path, boroughs_file = sys.argv[1], sys.argv[2]
    with open(boroughs_file, encoding="utf-8") as f:
        boroughs = {line.strip() for line in f if line.strip()}
    frame = pd.read_csv(path, usecols=["Month", "LSOA name", "Crime type"], dtype=str,
                        keep_default_na=False)
    borough = frame["LSOA name"].str.rsplit(" ", n=1).str[0]
    frame["borough"] = borough.where(borough.isin(boroughs), "unallocated")
    groups = frame.groupby(["Month", "borough", "Crime type"]).size()
    print(f"groups {len(groups)} crimes {int(groups.sum())}")


if __name__ == "__main__":
    main()
