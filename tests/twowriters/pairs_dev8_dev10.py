# Two-writer pairing of tests/dev8 and tests/dev10 gold lines, made by hand by the lead (eighteenth session) from
# the candidates a script proposed: gold lines of the two sets with a common type, the same `true_date` (or
# overlapping intervals when one has none) and compatible actors, then from a looser pass (the same topic, a common
# type and status, any day and actors), each read and kept only by the criteria of build_gold.py.
# (line of tests/dev8/gold.jsonl, line of tests/dev10/gold.jsonl), 0-based
PAIRS = [
    (0, 0), (2, 2), (3, 3), (7, 7), (10, 11), (11, 12), (12, 9), (14, 13),  # 01 Kissinger
    (16, 14), (17, 15), (19, 16), (25, 17), (28, 20), (30, 21), (32, 22), (33, 23), (34, 25), (35, 26),
    (36, 27), (38, 28),  # 02 Brexit timeline
    (41, 30), (42, 31), (43, 32), (44, 33),  # 03 debate on the security agreement
    (52, 57), (57, 55), (58, 58), (62, 59), (63, 44), (64, 47), (66, 46), (68, 49), (69, 53), (71, 60),  # 04 Istanbul
    (73, 61), (74, 62), (77, 71), (78, 72), (79, 74), (80, 73), (81, 63), (82, 64), (84, 67),  # 05 Thailand-Cambodia
    (87, 78), (88, 80), (89, 81), (92, 77), (95, 83), (96, 84), (98, 88), (102, 85), (103, 86),  # 06 Orban
    (104, 91), (105, 92), (107, 101), (109, 103), (111, 94), (113, 98), (114, 99), (115, 100),  # 07 Geneva
    (118, 107), (120, 108), (122, 117), (123, 111), (124, 112), (126, 110), (128, 114), (129, 113),
    (133, 120),  # 08 Xi in Moscow
    (137, 123), (138, 129), (145, 133), (146, 135), (148, 136),  # 09 Burgenstock
    (152, 140), (153, 141), (157, 143), (162, 147), (165, 149), (166, 151), (167, 152),  # 10 Jeddah, Riyadh
    (171, 159), (172, 160), (175, 162), (176, 161), (177, 165), (178, 166), (179, 167),  # 11 Beijing boycott
    (183, 171), (186, 175), (187, 176), (190, 179),  # 12 Benin objects
    (191, 180), (192, 182), (197, 188),  # 13 Zeebrugge LNG
    # pairs whose two golds give other days or actors (found by a second, looser pass over the same topics)
    (1, 1), (4, 5), (5, 4), (6, 6), (9, 10), (24, 18), (65, 48), (108, 102), (110, 104), (112, 95), (131, 121),
    (144, 137), (150, 139), (155, 142), (160, 145), (163, 148), (169, 154), (174, 163), (180, 168), (184, 172),
    (185, 173), (188, 177),
]
