#!/usr/bin/env python3
"""Writes a generic-layout import of ROWS rows (default 100,000): ROWS/2 customers with two contracts each,
two email domains, a tier, an owner and a value; the same file for the same arguments (seed 7)."""
import random
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
random.seed(7)
out = sys.stdout
out.write("customer_key,customer_name,crm_id,email_domains,tier,owner,contract_id,contract_start,renewal_date,"
          "annual_value,currency,notice_days,auto_renew\n")
for c in range(rows // 2):
    tier = random.choice(["gold", "silver", "bronze"])
    owner = random.choice(["Sam Carter", "Ada Lovelace", "Grace Hopper"])
    for k in range(2):
        m, d = random.randint(1, 12), random.randint(1, 28)
        out.write(f'CUST_{c:06d},"Customer {c} Holdings, Inc.",001A{c:010d},customer{c}.example.com customer{c}.example.de,'
                  f'{tier},{owner},CT-{c}-{k},2026-{m:02d}-{d:02d},2027-{m:02d}-{d:02d},"{random.randint(1000, 500000)}.00",USD,'
                  f'{random.choice([0, 30, 60, 90])},{random.choice(["yes", "no"])}\n')
