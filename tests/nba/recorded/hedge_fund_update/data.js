export const oddsAPIData = [
    {
        "id": "63330b334dfcd7aa56e69624617bc273",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-23T00:32:18Z",
        "home_team": "Philadelphia 76ers",
        "away_team": "Brooklyn Nets",
        "bookmakers": [
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -140
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 110
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -110,
                                "point": -2.5
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -118,
                                "point": 2.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -115,
                                "point": 219.5
                            },
                            {
                                "name": "Under",
                                "price": -113,
                                "point": 219.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -135
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 105
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -120,
                                "point": -1.5
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -110,
                                "point": 1.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -115,
                                "point": 220.5
                            },
                            {
                                "name": "Under",
                                "price": -115,
                                "point": 220.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "mybookieag",
                "title": "MyBookie.ag",
                "last_update": "2022-11-23T01:05:26Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -192
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 145
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -111,
                                "point": -4.5
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -117,
                                "point": 4.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -117,
                                "point": 220.5
                            },
                            {
                                "name": "Under",
                                "price": -117,
                                "point": 220.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betfair",
                "title": "Betfair",
                "last_update": "2022-11-23T01:05:22Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -147
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 126
                            }
                        ]
                    },
                    {
                        "key": "h2h_lay",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -127
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 146
                            }
                        ]
                    }
                ]
            },
            {
                "key": "pointsbetus",
                "title": "PointsBet (US)",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -120
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 105
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -107,
                                "point": -2
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -107,
                                "point": 2
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -107,
                                "point": 220.5
                            },
                            {
                                "name": "Under",
                                "price": -107,
                                "point": 220.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "unibet_us",
                "title": "Unibet",
                "last_update": "2022-11-23T01:04:58Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -118
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -106
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -114,
                                "point": -1
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -113,
                                "point": 1
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -112,
                                "point": 222.5
                            },
                            {
                                "name": "Under",
                                "price": -114,
                                "point": 222.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "sugarhouse",
                "title": "SugarHouse",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -118
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -106
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -114,
                                "point": -1
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -113,
                                "point": 1
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -112,
                                "point": 222.5
                            },
                            {
                                "name": "Under",
                                "price": -114,
                                "point": 222.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "barstool",
                "title": "Barstool Sportsbook",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -118
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -106
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -114,
                                "point": -1
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -112,
                                "point": 1
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -115,
                                "point": 221
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 221
                            }
                        ]
                    }
                ]
            },
            {
                "key": "twinspires",
                "title": "TwinSpires",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -118
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -106
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -114,
                                "point": -1
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -113,
                                "point": 1
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -112,
                                "point": 222.5
                            },
                            {
                                "name": "Under",
                                "price": -114,
                                "point": 222.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betmgm",
                "title": "BetMGM",
                "last_update": "2022-11-23T01:04:42Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -140
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 105
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -115,
                                "point": -1.5
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -115,
                                "point": 1.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 222.5
                            },
                            {
                                "name": "Under",
                                "price": -120,
                                "point": 222.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "williamhill_us",
                "title": "William Hill (US)",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -135
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 105
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -115,
                                "point": 220.5
                            },
                            {
                                "name": "Under",
                                "price": -115,
                                "point": 220.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "foxbet",
                "title": "FOX Bet",
                "last_update": "2022-11-23T01:05:02Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -167
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 120
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -110,
                                "point": -3.5
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -125,
                                "point": 3.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -125,
                                "point": 220.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 220.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "gtbets",
                "title": "GTbets",
                "last_update": "2022-11-23T01:05:31Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -123
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -103
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": 119,
                                "point": -2.5
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -152,
                                "point": 2.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": 101,
                                "point": 222.5
                            },
                            {
                                "name": "Under",
                                "price": -129,
                                "point": 222.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "bovada",
                "title": "Bovada",
                "last_update": "2022-11-23T01:05:21Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -135
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 105
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": 105,
                                "point": -2.5
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -135,
                                "point": 2.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -135,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": 105,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "circasports",
                "title": "Circa Sports",
                "last_update": "2022-11-23T00:59:41Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -152
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 127
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -113,
                                "point": -3
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -105,
                                "point": 3
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -115,
                                "point": 218
                            },
                            {
                                "name": "Under",
                                "price": -103,
                                "point": 218
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Brooklyn Nets",
                        "price": -140
                    },
                    {
                        "name": "Philadelphia 76ers",
                        "price": 110
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Brooklyn Nets",
                        "price": -110,
                        "point": -2.5
                    },
                    {
                        "name": "Philadelphia 76ers",
                        "price": -118,
                        "point": 2.5
                    }
                ]
            },
            {
                "key": "totals",
                "outcomes": [
                    {
                        "name": "Over",
                        "price": -115,
                        "point": 219.5
                    },
                    {
                        "name": "Under",
                        "price": -113,
                        "point": 219.5
                    }
                ]
            }
        ],
        "startTime": "Nov 22 6:32 P.M."
    },
    {
        "id": "7c1e7f780492c468753c758d26c123f7",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-23T01:05:00Z",
        "home_team": "Memphis Grizzlies",
        "away_team": "Sacramento Kings",
        "bookmakers": [
            {
                "key": "mybookieag",
                "title": "MyBookie.ag",
                "last_update": "2022-11-23T01:05:26Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -142
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 116
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -110,
                                "point": -3
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -110,
                                "point": 3
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 237.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 237.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -146
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 124
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -110,
                                "point": -2.5
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -110,
                                "point": 2.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 237
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 237
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -145
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 125
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -115,
                                "point": -2.5
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -105,
                                "point": 2.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 237
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 237
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betfair",
                "title": "Betfair",
                "last_update": "2022-11-23T01:05:22Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -132
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 128
                            }
                        ]
                    },
                    {
                        "key": "h2h_lay",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -128
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 132
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betrivers",
                "title": "BetRivers",
                "last_update": "2022-11-23T00:57:54Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -139
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 118
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -112,
                                "point": -3
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -109,
                                "point": 3
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -113,
                                "point": 236
                            },
                            {
                                "name": "Under",
                                "price": -108,
                                "point": 236
                            }
                        ]
                    }
                ]
            },
            {
                "key": "sugarhouse",
                "title": "SugarHouse",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -139
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 118
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -112,
                                "point": -3
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -109,
                                "point": 3
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -113,
                                "point": 236
                            },
                            {
                                "name": "Under",
                                "price": -108,
                                "point": 236
                            }
                        ]
                    }
                ]
            },
            {
                "key": "twinspires",
                "title": "TwinSpires",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -139
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 118
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -112,
                                "point": -3
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -109,
                                "point": 3
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -113,
                                "point": 236
                            },
                            {
                                "name": "Under",
                                "price": -108,
                                "point": 236
                            }
                        ]
                    }
                ]
            },
            {
                "key": "barstool",
                "title": "Barstool Sportsbook",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -139
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 118
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -112,
                                "point": -3
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -109,
                                "point": 3
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -113,
                                "point": 236
                            },
                            {
                                "name": "Under",
                                "price": -108,
                                "point": 236
                            }
                        ]
                    }
                ]
            },
            {
                "key": "unibet_us",
                "title": "Unibet",
                "last_update": "2022-11-23T01:04:58Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -139
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 118
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -112,
                                "point": -3
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -109,
                                "point": 3
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -113,
                                "point": 236
                            },
                            {
                                "name": "Under",
                                "price": -108,
                                "point": 236
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betmgm",
                "title": "BetMGM",
                "last_update": "2022-11-23T01:04:42Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -155
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 125
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -105,
                                "point": -3.5
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -115,
                                "point": 3.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 237.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 237.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "williamhill_us",
                "title": "William Hill (US)",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -135
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 115
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -110,
                                "point": -3
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -110,
                                "point": 3
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 237
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 237
                            }
                        ]
                    }
                ]
            },
            {
                "key": "pointsbetus",
                "title": "PointsBet (US)",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -140
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 120
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -107,
                                "point": -2.5
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -107,
                                "point": 2.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 237.5
                            },
                            {
                                "name": "Under",
                                "price": -105,
                                "point": 237.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "foxbet",
                "title": "FOX Bet",
                "last_update": "2022-11-23T01:05:02Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -149
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 110
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -118,
                                "point": -2.5
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -105,
                                "point": 2.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -105,
                                "point": 237.5
                            },
                            {
                                "name": "Under",
                                "price": -118,
                                "point": 237.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betus",
                "title": "BetUS",
                "last_update": "2022-11-23T01:05:29Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -155
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 135
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -110,
                                "point": -2.5
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -110,
                                "point": 2.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 237.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 237.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betonlineag",
                "title": "BetOnline.ag",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -143
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 122
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -109,
                                "point": -2.5
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -112,
                                "point": 2.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -109,
                                "point": 237.5
                            },
                            {
                                "name": "Under",
                                "price": -112,
                                "point": 237.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "lowvig",
                "title": "LowVig.ag",
                "last_update": "2022-11-23T00:59:45Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -140
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 120
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -105,
                                "point": -2.5
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -105,
                                "point": 2.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -103,
                                "point": 237.5
                            },
                            {
                                "name": "Under",
                                "price": -107,
                                "point": 237.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "gtbets",
                "title": "GTbets",
                "last_update": "2022-11-23T01:05:31Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -145
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 125
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -109,
                                "point": -3
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -109,
                                "point": 3
                            }
                        ]
                    }
                ]
            },
            {
                "key": "bovada",
                "title": "Bovada",
                "last_update": "2022-11-23T01:05:21Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -150
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 130
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -110,
                                "point": -3
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -110,
                                "point": 3
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 237.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 237.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "superbook",
                "title": "SuperBook",
                "last_update": "2022-11-23T01:04:53Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -150
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 130
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -110,
                                "point": -3
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -110,
                                "point": 3
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 237
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 237
                            }
                        ]
                    }
                ]
            },
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -139
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 118
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 237.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 237.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "circasports",
                "title": "Circa Sports",
                "last_update": "2022-11-23T01:05:30Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -130
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 110
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Memphis Grizzlies",
                                "price": -107,
                                "point": -2.5
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -112,
                                "point": 2.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -107,
                                "point": 237
                            },
                            {
                                "name": "Under",
                                "price": -112,
                                "point": 237
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Memphis Grizzlies",
                        "price": -146
                    },
                    {
                        "name": "Sacramento Kings",
                        "price": 124
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Memphis Grizzlies",
                        "price": -110,
                        "point": -2.5
                    },
                    {
                        "name": "Sacramento Kings",
                        "price": -110,
                        "point": 2.5
                    }
                ]
            },
            {
                "key": "totals",
                "outcomes": [
                    {
                        "name": "Over",
                        "price": -110,
                        "point": 237
                    },
                    {
                        "name": "Under",
                        "price": -110,
                        "point": 237
                    }
                ]
            }
        ],
        "startTime": "Nov 22 7:05 P.M."
    },
    {
        "id": "96d6adaac725abcdd9040f2177cba15f",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-23T02:00:00Z",
        "home_team": "Denver Nuggets",
        "away_team": "Detroit Pistons",
        "bookmakers": [
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -490
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 380
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -110,
                                "point": -10
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 10
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "mybookieag",
                "title": "MyBookie.ag",
                "last_update": "2022-11-23T01:05:26Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -434
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 327
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -110,
                                "point": -9
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 9
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 225
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 225
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -540
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 420
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -110,
                                "point": -10.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 10.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betrivers",
                "title": "BetRivers",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -385
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 300
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -108,
                                "point": -9.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -113,
                                "point": 9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -113,
                                "point": 226
                            },
                            {
                                "name": "Under",
                                "price": -108,
                                "point": 226
                            }
                        ]
                    }
                ]
            },
            {
                "key": "sugarhouse",
                "title": "SugarHouse",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -385
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 300
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -108,
                                "point": -9.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -113,
                                "point": 9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -113,
                                "point": 226
                            },
                            {
                                "name": "Under",
                                "price": -108,
                                "point": 226
                            }
                        ]
                    }
                ]
            },
            {
                "key": "barstool",
                "title": "Barstool Sportsbook",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -385
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 300
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -108,
                                "point": -9.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -113,
                                "point": 9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -113,
                                "point": 226
                            },
                            {
                                "name": "Under",
                                "price": -108,
                                "point": 226
                            }
                        ]
                    }
                ]
            },
            {
                "key": "unibet_us",
                "title": "Unibet",
                "last_update": "2022-11-23T01:04:58Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -385
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 300
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -108,
                                "point": -9.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -113,
                                "point": 9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -113,
                                "point": 226
                            },
                            {
                                "name": "Under",
                                "price": -108,
                                "point": 226
                            }
                        ]
                    }
                ]
            },
            {
                "key": "twinspires",
                "title": "TwinSpires",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -385
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 300
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -108,
                                "point": -9.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -113,
                                "point": 9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -113,
                                "point": 226
                            },
                            {
                                "name": "Under",
                                "price": -108,
                                "point": 226
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betmgm",
                "title": "BetMGM",
                "last_update": "2022-11-23T01:04:42Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -550
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 400
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -110,
                                "point": -10.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 10.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "williamhill_us",
                "title": "William Hill (US)",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -550
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 400
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -110,
                                "point": -10.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 10.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betfair",
                "title": "Betfair",
                "last_update": "2022-11-23T01:05:22Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -476
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 450
                            }
                        ]
                    },
                    {
                        "key": "h2h_lay",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -455
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 480
                            }
                        ]
                    }
                ]
            },
            {
                "key": "foxbet",
                "title": "FOX Bet",
                "last_update": "2022-11-23T01:05:02Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -455
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 300
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -118,
                                "point": -9
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -105,
                                "point": 9
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 225
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 225
                            }
                        ]
                    }
                ]
            },
            {
                "key": "circasports",
                "title": "Circa Sports",
                "last_update": "2022-11-23T01:05:30Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -455
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 346
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -112,
                                "point": -10
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -107,
                                "point": 10
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -109,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -109,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betus",
                "title": "BetUS",
                "last_update": "2022-11-23T01:05:29Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -550
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 415
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -110,
                                "point": -10.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 10.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betonlineag",
                "title": "BetOnline.ag",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -526
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 415
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -111,
                                "point": -10.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -111,
                                "point": 10.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -111,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -111,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:02:52Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -526
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 400
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -110,
                                "point": -10.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 10.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 227.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 227.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "lowvig",
                "title": "LowVig.ag",
                "last_update": "2022-11-23T00:59:45Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -426
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 345
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -110,
                                "point": -9.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 100,
                                "point": 9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -105,
                                "point": 226
                            },
                            {
                                "name": "Under",
                                "price": -105,
                                "point": 226
                            }
                        ]
                    }
                ]
            },
            {
                "key": "gtbets",
                "title": "GTbets",
                "last_update": "2022-11-23T01:05:31Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -560
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 385
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -109,
                                "point": -10.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -109,
                                "point": 10.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "pointsbetus",
                "title": "PointsBet (US)",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -500
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 375
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -107,
                                "point": -10.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -107,
                                "point": 10.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -107,
                                "point": 227
                            },
                            {
                                "name": "Under",
                                "price": -107,
                                "point": 227
                            }
                        ]
                    }
                ]
            },
            {
                "key": "bovada",
                "title": "Bovada",
                "last_update": "2022-11-23T01:05:21Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -510
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 370
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -110,
                                "point": -10.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 10.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "superbook",
                "title": "SuperBook",
                "last_update": "2022-11-23T01:04:53Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -480
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": 390
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Denver Nuggets",
                                "price": -110,
                                "point": -10.5
                            },
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 10.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Denver Nuggets",
                        "price": -490
                    },
                    {
                        "name": "Detroit Pistons",
                        "price": 380
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Denver Nuggets",
                        "price": -110,
                        "point": -10
                    },
                    {
                        "name": "Detroit Pistons",
                        "price": -110,
                        "point": 10
                    }
                ]
            },
            {
                "key": "totals",
                "outcomes": [
                    {
                        "name": "Over",
                        "price": -110,
                        "point": 226.5
                    },
                    {
                        "name": "Under",
                        "price": -110,
                        "point": 226.5
                    }
                ]
            }
        ],
        "startTime": "Nov 22 8:00 P.M."
    },
    {
        "id": "79146e7e3a1bb2c575595bfe652e2e4b",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-23T03:00:00Z",
        "home_team": "Phoenix Suns",
        "away_team": "Los Angeles Lakers",
        "bookmakers": [
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 350
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -450
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -108,
                                "point": 9.5
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -112,
                                "point": -9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 227
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 227
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 350
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -435
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -110,
                                "point": 9.5
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -110,
                                "point": -9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 227
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 227
                            }
                        ]
                    }
                ]
            },
            {
                "key": "mybookieag",
                "title": "MyBookie.ag",
                "last_update": "2022-11-23T01:05:26Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 366
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -500
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -110,
                                "point": 9.5
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -110,
                                "point": -9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betrivers",
                "title": "BetRivers",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 330
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -435
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -114,
                                "point": 10
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -107,
                                "point": -10
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -112,
                                "point": 227.5
                            },
                            {
                                "name": "Under",
                                "price": -109,
                                "point": 227.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "barstool",
                "title": "Barstool Sportsbook",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 330
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -435
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -114,
                                "point": 10
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -107,
                                "point": -10
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -112,
                                "point": 227.5
                            },
                            {
                                "name": "Under",
                                "price": -109,
                                "point": 227.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "unibet_us",
                "title": "Unibet",
                "last_update": "2022-11-23T01:04:58Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 330
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -435
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -114,
                                "point": 10
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -107,
                                "point": -10
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -112,
                                "point": 227.5
                            },
                            {
                                "name": "Under",
                                "price": -109,
                                "point": 227.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "sugarhouse",
                "title": "SugarHouse",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 330
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -435
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -114,
                                "point": 10
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -107,
                                "point": -10
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -112,
                                "point": 227.5
                            },
                            {
                                "name": "Under",
                                "price": -109,
                                "point": 227.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "twinspires",
                "title": "TwinSpires",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 330
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -435
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -114,
                                "point": 10
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -107,
                                "point": -10
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -112,
                                "point": 227.5
                            },
                            {
                                "name": "Under",
                                "price": -109,
                                "point": 227.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betmgm",
                "title": "BetMGM",
                "last_update": "2022-11-23T01:04:42Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 340
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -450
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -105,
                                "point": 9.5
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -115,
                                "point": -9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "williamhill_us",
                "title": "William Hill (US)",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 345
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -455
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -110,
                                "point": 9.5
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -110,
                                "point": -9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 227
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 227
                            }
                        ]
                    }
                ]
            },
            {
                "key": "pointsbetus",
                "title": "PointsBet (US)",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 330
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -455
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -107,
                                "point": 10
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -107,
                                "point": -10
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -107,
                                "point": 227
                            },
                            {
                                "name": "Under",
                                "price": -107,
                                "point": 227
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betfair",
                "title": "Betfair",
                "last_update": "2022-11-23T01:05:22Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 380
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -385
                            }
                        ]
                    },
                    {
                        "key": "h2h_lay",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 390
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -370
                            }
                        ]
                    }
                ]
            },
            {
                "key": "circasports",
                "title": "Circa Sports",
                "last_update": "2022-11-23T01:05:30Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 378
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -500
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -112,
                                "point": 10
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -107,
                                "point": -10
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -109,
                                "point": 227
                            },
                            {
                                "name": "Under",
                                "price": -109,
                                "point": 227
                            }
                        ]
                    }
                ]
            },
            {
                "key": "foxbet",
                "title": "FOX Bet",
                "last_update": "2022-11-23T01:05:02Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 340
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -556
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -118,
                                "point": 10
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -105,
                                "point": -10
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 227
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 227
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betus",
                "title": "BetUS",
                "last_update": "2022-11-23T01:05:29Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 340
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -450
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -110,
                                "point": 9.5
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -110,
                                "point": -9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 227
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 227
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betonlineag",
                "title": "BetOnline.ag",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 345
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -435
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -110,
                                "point": 9.5
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -111,
                                "point": -9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -112,
                                "point": 227
                            },
                            {
                                "name": "Under",
                                "price": -109,
                                "point": 227
                            }
                        ]
                    }
                ]
            },
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 350
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -455
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -110,
                                "point": 9.5
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -110,
                                "point": -9.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "lowvig",
                "title": "LowVig.ag",
                "last_update": "2022-11-23T00:59:45Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 345
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -426
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -104,
                                "point": 9.5
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -106,
                                "point": -9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -107,
                                "point": 227
                            },
                            {
                                "name": "Under",
                                "price": -103,
                                "point": 227
                            }
                        ]
                    }
                ]
            },
            {
                "key": "gtbets",
                "title": "GTbets",
                "last_update": "2022-11-23T01:05:31Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 325
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -450
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -109,
                                "point": 9.5
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -109,
                                "point": -9.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "bovada",
                "title": "Bovada",
                "last_update": "2022-11-23T01:05:21Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 350
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -480
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -110,
                                "point": 10
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -110,
                                "point": -10
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "superbook",
                "title": "SuperBook",
                "last_update": "2022-11-23T01:04:53Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": 360
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -430
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Los Angeles Lakers",
                                "price": -110,
                                "point": 9.5
                            },
                            {
                                "name": "Phoenix Suns",
                                "price": -110,
                                "point": -9.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 226.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 226.5
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Los Angeles Lakers",
                        "price": 350
                    },
                    {
                        "name": "Phoenix Suns",
                        "price": -450
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Los Angeles Lakers",
                        "price": -108,
                        "point": 9.5
                    },
                    {
                        "name": "Phoenix Suns",
                        "price": -112,
                        "point": -9.5
                    }
                ]
            },
            {
                "key": "totals",
                "outcomes": [
                    {
                        "name": "Over",
                        "price": -110,
                        "point": 227
                    },
                    {
                        "name": "Under",
                        "price": -110,
                        "point": 227
                    }
                ]
            }
        ],
        "startTime": "Nov 22 9:00 P.M."
    },
    {
        "id": "5dd7b0417bbc67b8be582a739044ff97",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-24T00:10:00Z",
        "home_team": "Charlotte Hornets",
        "away_team": "Philadelphia 76ers",
        "bookmakers": [
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Charlotte Hornets",
                                "price": -178
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 150
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Charlotte Hornets",
                                "price": -110,
                                "point": -4
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -110,
                                "point": 4
                            }
                        ]
                    }
                ]
            },
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Charlotte Hornets",
                                "price": -110,
                                "point": -3.5
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -110,
                                "point": 3.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 214.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 214.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "mybookieag",
                "title": "MyBookie.ag",
                "last_update": "2022-11-23T01:05:26Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Charlotte Hornets",
                                "price": -178
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 146
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Charlotte Hornets",
                                "price": -110,
                                "point": -4.5
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -110,
                                "point": 4.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Charlotte Hornets",
                                "price": -165
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 140
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Charlotte Hornets",
                                "price": -110,
                                "point": -3.5
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -110,
                                "point": 3.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 214.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 214.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "pointsbetus",
                "title": "PointsBet (US)",
                "last_update": "2022-11-23T00:59:26Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Charlotte Hornets",
                                "price": -170
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": 140
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Charlotte Hornets",
                                "price": -107,
                                "point": -3.5
                            },
                            {
                                "name": "Philadelphia 76ers",
                                "price": -107,
                                "point": 3.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -107,
                                "point": 214.5
                            },
                            {
                                "name": "Under",
                                "price": -107,
                                "point": 214.5
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Charlotte Hornets",
                        "price": -178
                    },
                    {
                        "name": "Philadelphia 76ers",
                        "price": 150
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Charlotte Hornets",
                        "price": -110,
                        "point": -4
                    },
                    {
                        "name": "Philadelphia 76ers",
                        "price": -110,
                        "point": 4
                    }
                ]
            }
        ],
        "startTime": "Nov 23 6:10 P.M."
    },
    {
        "id": "7084070ce5ae0fc3f52d4227f30a2446",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-24T00:10:00Z",
        "home_team": "Cleveland Cavaliers",
        "away_team": "Portland Trail Blazers",
        "bookmakers": [
            {
                "key": "betonlineag",
                "title": "BetOnline.ag",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -111,
                                "point": -8.5
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -111,
                                "point": 8.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -111,
                                "point": 217
                            },
                            {
                                "name": "Under",
                                "price": -111,
                                "point": 217
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -350
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": 290
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -110,
                                "point": -8.5
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -110,
                                "point": 8.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 217.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 217.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betus",
                "title": "BetUS",
                "last_update": "2022-11-23T01:05:29Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -110,
                                "point": -8.5
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -110,
                                "point": 8.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 217
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 217
                            }
                        ]
                    }
                ]
            },
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -370
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": 295
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -110,
                                "point": -8.5
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -110,
                                "point": 8.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 218
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 218
                            }
                        ]
                    }
                ]
            },
            {
                "key": "williamhill_us",
                "title": "William Hill (US)",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -355
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": 278
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -110,
                                "point": -8.5
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -110,
                                "point": 8.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 217.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 217.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "lowvig",
                "title": "LowVig.ag",
                "last_update": "2022-11-23T00:59:45Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -105,
                                "point": -8.5
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -105,
                                "point": 8.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -105,
                                "point": 217
                            },
                            {
                                "name": "Under",
                                "price": -105,
                                "point": 217
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betmgm",
                "title": "BetMGM",
                "last_update": "2022-11-23T01:04:42Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -350
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": 280
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -110,
                                "point": -8.5
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -110,
                                "point": 8.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 217.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 217.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betfair",
                "title": "Betfair",
                "last_update": "2022-11-23T01:05:22Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -333
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": 280
                            }
                        ]
                    },
                    {
                        "key": "h2h_lay",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -278
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": 340
                            }
                        ]
                    }
                ]
            },
            {
                "key": "gtbets",
                "title": "GTbets",
                "last_update": "2022-11-23T01:05:31Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -360
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": 270
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -109,
                                "point": -8.5
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -109,
                                "point": 8.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -110,
                                "point": -9
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -110,
                                "point": 9
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 216
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 216
                            }
                        ]
                    }
                ]
            },
            {
                "key": "superbook",
                "title": "SuperBook",
                "last_update": "2022-11-23T01:04:53Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -350
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": 290
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -110,
                                "point": -8.5
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -110,
                                "point": 8.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 217
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 217
                            }
                        ]
                    }
                ]
            },
            {
                "key": "bovada",
                "title": "Bovada",
                "last_update": "2022-11-23T01:05:21Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -360
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": 280
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -110,
                                "point": -8.5
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -110,
                                "point": 8.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 217.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 217.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "mybookieag",
                "title": "MyBookie.ag",
                "last_update": "2022-11-23T01:05:26Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -416
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": 310
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -110,
                                "point": -8
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -110,
                                "point": 8
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 217.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 217.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "pointsbetus",
                "title": "PointsBet (US)",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -375
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": 300
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Cleveland Cavaliers",
                                "price": -107,
                                "point": -8.5
                            },
                            {
                                "name": "Portland Trail Blazers",
                                "price": -107,
                                "point": 8.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -107,
                                "point": 217.5
                            },
                            {
                                "name": "Under",
                                "price": -107,
                                "point": 217.5
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Cleveland Cavaliers",
                        "price": -370
                    },
                    {
                        "name": "Portland Trail Blazers",
                        "price": 295
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Cleveland Cavaliers",
                        "price": -110,
                        "point": -8.5
                    },
                    {
                        "name": "Portland Trail Blazers",
                        "price": -110,
                        "point": 8.5
                    }
                ]
            },
            {
                "key": "totals",
                "outcomes": [
                    {
                        "name": "Over",
                        "price": -110,
                        "point": 218
                    },
                    {
                        "name": "Under",
                        "price": -110,
                        "point": 218
                    }
                ]
            }
        ],
        "startTime": "Nov 23 6:10 P.M."
    },
    {
        "id": "d6e07d5973d7be637467354bdf513fda",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-24T00:10:00Z",
        "home_team": "Indiana Pacers",
        "away_team": "Minnesota Timberwolves",
        "bookmakers": [
            {
                "key": "betonlineag",
                "title": "BetOnline.ag",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -111,
                                "point": 0
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -111,
                                "point": 0
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -111,
                                "point": 235.5
                            },
                            {
                                "name": "Under",
                                "price": -111,
                                "point": 235.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -115,
                                "point": 1
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -105,
                                "point": -1
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 235
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 235
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betus",
                "title": "BetUS",
                "last_update": "2022-11-23T01:05:29Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110,
                                "point": 0
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110,
                                "point": 0
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 235.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 235.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -102
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -116
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110,
                                "point": 1
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110,
                                "point": -1
                            }
                        ]
                    }
                ]
            },
            {
                "key": "williamhill_us",
                "title": "William Hill (US)",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110,
                                "point": 0
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110,
                                "point": 0
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 235
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 235
                            }
                        ]
                    }
                ]
            },
            {
                "key": "lowvig",
                "title": "LowVig.ag",
                "last_update": "2022-11-23T00:59:45Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -105,
                                "point": 0
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -105,
                                "point": 0
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -105,
                                "point": 235.5
                            },
                            {
                                "name": "Under",
                                "price": -105,
                                "point": 235.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betmgm",
                "title": "BetMGM",
                "last_update": "2022-11-23T01:04:42Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": 100,
                                "point": -1.5
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -120,
                                "point": 1.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -115,
                                "point": 234.5
                            },
                            {
                                "name": "Under",
                                "price": -105,
                                "point": 234.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betfair",
                "title": "Betfair",
                "last_update": "2022-11-23T01:05:22Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -102
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110
                            }
                        ]
                    },
                    {
                        "key": "h2h_lay",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": 110
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": 104
                            }
                        ]
                    }
                ]
            },
            {
                "key": "gtbets",
                "title": "GTbets",
                "last_update": "2022-11-23T01:05:31Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -109,
                                "point": 0
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -109,
                                "point": 0
                            }
                        ]
                    }
                ]
            },
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110,
                                "point": 1
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110,
                                "point": -1
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 235
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 235
                            }
                        ]
                    }
                ]
            },
            {
                "key": "superbook",
                "title": "SuperBook",
                "last_update": "2022-11-23T01:04:53Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110,
                                "point": 0
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110,
                                "point": 0
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 235
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 235
                            }
                        ]
                    }
                ]
            },
            {
                "key": "bovada",
                "title": "Bovada",
                "last_update": "2022-11-23T01:05:21Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110,
                                "point": 0
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110,
                                "point": 0
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 235
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 235
                            }
                        ]
                    }
                ]
            },
            {
                "key": "mybookieag",
                "title": "MyBookie.ag",
                "last_update": "2022-11-23T01:05:26Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -108
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -112
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -110,
                                "point": 1
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110,
                                "point": -1
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 235
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 235
                            }
                        ]
                    }
                ]
            },
            {
                "key": "pointsbetus",
                "title": "PointsBet (US)",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -105
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -110
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Indiana Pacers",
                                "price": -107,
                                "point": 1
                            },
                            {
                                "name": "Minnesota Timberwolves",
                                "price": -107,
                                "point": -1
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -107,
                                "point": 234
                            },
                            {
                                "name": "Under",
                                "price": -107,
                                "point": 234
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Indiana Pacers",
                        "price": -102
                    },
                    {
                        "name": "Minnesota Timberwolves",
                        "price": -116
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Indiana Pacers",
                        "price": -110,
                        "point": 1
                    },
                    {
                        "name": "Minnesota Timberwolves",
                        "price": -110,
                        "point": -1
                    }
                ]
            }
        ],
        "startTime": "Nov 23 6:10 P.M."
    },
    {
        "id": "e21cfb33f0ed7bba666f5e5cbfe56fca",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-24T00:40:00Z",
        "home_team": "Atlanta Hawks",
        "away_team": "Sacramento Kings",
        "bookmakers": [
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Atlanta Hawks",
                                "price": -260
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 215
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Atlanta Hawks",
                                "price": -110,
                                "point": -6
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -110,
                                "point": 6
                            }
                        ]
                    }
                ]
            },
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Atlanta Hawks",
                                "price": -110,
                                "point": -6.5
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -110,
                                "point": 6.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 238.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 238.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "mybookieag",
                "title": "MyBookie.ag",
                "last_update": "2022-11-23T01:05:26Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Atlanta Hawks",
                                "price": -263
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 208
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Atlanta Hawks",
                                "price": -110,
                                "point": -6.5
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -110,
                                "point": 6.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Atlanta Hawks",
                                "price": -275
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": 230
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Atlanta Hawks",
                                "price": -110,
                                "point": -6.5
                            },
                            {
                                "name": "Sacramento Kings",
                                "price": -110,
                                "point": 6.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 239
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 239
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Atlanta Hawks",
                        "price": -260
                    },
                    {
                        "name": "Sacramento Kings",
                        "price": 215
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Atlanta Hawks",
                        "price": -110,
                        "point": -6
                    },
                    {
                        "name": "Sacramento Kings",
                        "price": -110,
                        "point": 6
                    }
                ]
            }
        ],
        "startTime": "Nov 23 6:40 P.M."
    },
    {
        "id": "e49999bc164cf34befc4a96c1b8fd641",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-24T00:40:00Z",
        "home_team": "Boston Celtics",
        "away_team": "Dallas Mavericks",
        "bookmakers": [
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -194
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": 162
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -110,
                                "point": -4.5
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": -110,
                                "point": 4.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betfair",
                "title": "Betfair",
                "last_update": "2022-11-23T01:05:22Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -189
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": 146
                            }
                        ]
                    },
                    {
                        "key": "h2h_lay",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -164
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": 188
                            }
                        ]
                    }
                ]
            },
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -110,
                                "point": -4
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": -110,
                                "point": 4
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "mybookieag",
                "title": "MyBookie.ag",
                "last_update": "2022-11-23T01:05:26Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -196
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": 158
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -110,
                                "point": -5
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": -110,
                                "point": 5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 219
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 219
                            }
                        ]
                    }
                ]
            },
            {
                "key": "lowvig",
                "title": "LowVig.ag",
                "last_update": "2022-11-23T00:59:45Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -105,
                                "point": -4
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": -105,
                                "point": 4
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -105,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -105,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "williamhill_us",
                "title": "William Hill (US)",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -110,
                                "point": -4
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": -110,
                                "point": 4
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betonlineag",
                "title": "BetOnline.ag",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -111,
                                "point": -4
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": -111,
                                "point": 4
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -111,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -111,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betus",
                "title": "BetUS",
                "last_update": "2022-11-23T01:05:29Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -110,
                                "point": -4
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": -110,
                                "point": 4
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -180
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": 155
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -110,
                                "point": -4
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": -110,
                                "point": 4
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 218
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 218
                            }
                        ]
                    }
                ]
            },
            {
                "key": "gtbets",
                "title": "GTbets",
                "last_update": "2022-11-23T01:05:31Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Boston Celtics",
                                "price": -109,
                                "point": -4
                            },
                            {
                                "name": "Dallas Mavericks",
                                "price": -109,
                                "point": 4
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Boston Celtics",
                        "price": -194
                    },
                    {
                        "name": "Dallas Mavericks",
                        "price": 162
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Boston Celtics",
                        "price": -110,
                        "point": -4.5
                    },
                    {
                        "name": "Dallas Mavericks",
                        "price": -110,
                        "point": 4.5
                    }
                ]
            }
        ],
        "startTime": "Nov 23 6:40 P.M."
    },
    {
        "id": "c6748e785ecbb09daf354aceba5ab9ad",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-24T00:40:00Z",
        "home_team": "Toronto Raptors",
        "away_team": "Brooklyn Nets",
        "bookmakers": [
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -110,
                                "point": 2
                            },
                            {
                                "name": "Toronto Raptors",
                                "price": -110,
                                "point": -2
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 221.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 221.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": 102
                            },
                            {
                                "name": "Toronto Raptors",
                                "price": -120
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -110,
                                "point": 1.5
                            },
                            {
                                "name": "Toronto Raptors",
                                "price": -110,
                                "point": -1.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "mybookieag",
                "title": "MyBookie.ag",
                "last_update": "2022-11-23T01:05:26Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": 100
                            },
                            {
                                "name": "Toronto Raptors",
                                "price": -121
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -110,
                                "point": 1.5
                            },
                            {
                                "name": "Toronto Raptors",
                                "price": -110,
                                "point": -1.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": 110
                            },
                            {
                                "name": "Toronto Raptors",
                                "price": -130
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Brooklyn Nets",
                                "price": -110,
                                "point": 2
                            },
                            {
                                "name": "Toronto Raptors",
                                "price": -110,
                                "point": -2
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 222
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 222
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Brooklyn Nets",
                        "price": 102
                    },
                    {
                        "name": "Toronto Raptors",
                        "price": -120
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Brooklyn Nets",
                        "price": -110,
                        "point": 1.5
                    },
                    {
                        "name": "Toronto Raptors",
                        "price": -110,
                        "point": -1.5
                    }
                ]
            }
        ],
        "startTime": "Nov 23 6:40 P.M."
    },
    {
        "id": "2bdcf335647a5890d2c5e00f112427fb",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-24T00:40:00Z",
        "home_team": "Miami Heat",
        "away_team": "Washington Wizards",
        "bookmakers": [
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Miami Heat",
                                "price": -146
                            },
                            {
                                "name": "Washington Wizards",
                                "price": 124
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Miami Heat",
                                "price": -110,
                                "point": -3
                            },
                            {
                                "name": "Washington Wizards",
                                "price": -110,
                                "point": 3
                            }
                        ]
                    }
                ]
            },
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Miami Heat",
                                "price": -110,
                                "point": -1.5
                            },
                            {
                                "name": "Washington Wizards",
                                "price": -110,
                                "point": 1.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 211.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 211.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "mybookieag",
                "title": "MyBookie.ag",
                "last_update": "2022-11-23T01:05:26Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Miami Heat",
                                "price": -147
                            },
                            {
                                "name": "Washington Wizards",
                                "price": 120
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Miami Heat",
                                "price": -110,
                                "point": -3
                            },
                            {
                                "name": "Washington Wizards",
                                "price": -110,
                                "point": 3
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Miami Heat",
                                "price": -125
                            },
                            {
                                "name": "Washington Wizards",
                                "price": 105
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Miami Heat",
                                "price": -110,
                                "point": -1.5
                            },
                            {
                                "name": "Washington Wizards",
                                "price": -110,
                                "point": 1.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 211.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 211.5
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Miami Heat",
                        "price": -146
                    },
                    {
                        "name": "Washington Wizards",
                        "price": 124
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Miami Heat",
                        "price": -110,
                        "point": -3
                    },
                    {
                        "name": "Washington Wizards",
                        "price": -110,
                        "point": 3
                    }
                ]
            }
        ],
        "startTime": "Nov 23 6:40 P.M."
    },
    {
        "id": "adfcf724d8eef63c9c5b32bf92658355",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-24T01:10:00Z",
        "home_team": "Milwaukee Bucks",
        "away_team": "Chicago Bulls",
        "bookmakers": [
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": 260
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -320
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": -110,
                                "point": 7.5
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -110,
                                "point": -7.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betonlineag",
                "title": "BetOnline.ag",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": -111,
                                "point": 7.5
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -111,
                                "point": -7.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -111,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -111,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betus",
                "title": "BetUS",
                "last_update": "2022-11-23T01:05:29Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": -110,
                                "point": 7.5
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -110,
                                "point": -7.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "williamhill_us",
                "title": "William Hill (US)",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": 240
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -305
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": -110,
                                "point": 7
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -110,
                                "point": -7
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": 245
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -295
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": -110,
                                "point": 7
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -110,
                                "point": -7
                            }
                        ]
                    }
                ]
            },
            {
                "key": "lowvig",
                "title": "LowVig.ag",
                "last_update": "2022-11-23T00:59:45Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": -105,
                                "point": 7.5
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -105,
                                "point": -7.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -105,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -105,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betmgm",
                "title": "BetMGM",
                "last_update": "2022-11-23T01:04:42Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": 240
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -300
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": -115,
                                "point": 7.5
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -105,
                                "point": -7.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betfair",
                "title": "Betfair",
                "last_update": "2022-11-23T01:05:22Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": 250
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -294
                            }
                        ]
                    },
                    {
                        "key": "h2h_lay",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": 295
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -250
                            }
                        ]
                    }
                ]
            },
            {
                "key": "gtbets",
                "title": "GTbets",
                "last_update": "2022-11-23T01:05:31Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": 235
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -280
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": -109,
                                "point": 7
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -109,
                                "point": -7
                            }
                        ]
                    }
                ]
            },
            {
                "key": "superbook",
                "title": "SuperBook",
                "last_update": "2022-11-23T01:04:53Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": 240
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -280
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": -110,
                                "point": 7
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -110,
                                "point": -7
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": -110,
                                "point": 7
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -110,
                                "point": -7
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "bovada",
                "title": "Bovada",
                "last_update": "2022-11-23T01:05:21Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": 225
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -275
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Chicago Bulls",
                                "price": -110,
                                "point": 7
                            },
                            {
                                "name": "Milwaukee Bucks",
                                "price": -110,
                                "point": -7
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 218.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 218.5
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Chicago Bulls",
                        "price": 260
                    },
                    {
                        "name": "Milwaukee Bucks",
                        "price": -320
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Chicago Bulls",
                        "price": -110,
                        "point": 7.5
                    },
                    {
                        "name": "Milwaukee Bucks",
                        "price": -110,
                        "point": -7.5
                    }
                ]
            }
        ],
        "startTime": "Nov 23 7:10 P.M."
    },
    {
        "id": "167b6c9c35dc3a5c81b43b96b0e8543e",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-24T01:10:00Z",
        "home_team": "San Antonio Spurs",
        "away_team": "New Orleans Pelicans",
        "bookmakers": [
            {
                "key": "betonlineag",
                "title": "BetOnline.ag",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -111,
                                "point": -6
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": -111,
                                "point": 6
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -111,
                                "point": 232.5
                            },
                            {
                                "name": "Under",
                                "price": -111,
                                "point": 232.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": "2022-11-23T01:05:20Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -295
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": 245
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -110,
                                "point": -7
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": -110,
                                "point": 7
                            }
                        ]
                    }
                ]
            },
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -280
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": 230
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -108,
                                "point": -6.5
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": -112,
                                "point": 6.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betus",
                "title": "BetUS",
                "last_update": "2022-11-23T01:05:29Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -110,
                                "point": -6
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": -110,
                                "point": 6
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 232.5
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 232.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "lowvig",
                "title": "LowVig.ag",
                "last_update": "2022-11-23T00:59:45Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -105,
                                "point": -6
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": -105,
                                "point": 6
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -105,
                                "point": 232.5
                            },
                            {
                                "name": "Under",
                                "price": -105,
                                "point": 232.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "williamhill_us",
                "title": "William Hill (US)",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -278
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": 222
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -110,
                                "point": -6.5
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": -110,
                                "point": 6.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 232
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 232
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betmgm",
                "title": "BetMGM",
                "last_update": "2022-11-23T01:04:42Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -275
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": 220
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -110,
                                "point": -6.5
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": -110,
                                "point": 6.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -105,
                                "point": 232.5
                            },
                            {
                                "name": "Under",
                                "price": -115,
                                "point": 232.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betfair",
                "title": "Betfair",
                "last_update": "2022-11-23T01:05:22Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -250
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": 198
                            }
                        ]
                    },
                    {
                        "key": "h2h_lay",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -217
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": 245
                            }
                        ]
                    }
                ]
            },
            {
                "key": "gtbets",
                "title": "GTbets",
                "last_update": "2022-11-23T01:05:31Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -265
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": 225
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -109,
                                "point": -6.5
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": -109,
                                "point": 6.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "superbook",
                "title": "SuperBook",
                "last_update": "2022-11-23T01:04:53Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -250
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": 210
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -110,
                                "point": -6.5
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": -110,
                                "point": 6.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 232
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 232
                            }
                        ]
                    }
                ]
            },
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -110,
                                "point": -6.5
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": -110,
                                "point": 6.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 232
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 232
                            }
                        ]
                    }
                ]
            },
            {
                "key": "bovada",
                "title": "Bovada",
                "last_update": "2022-11-23T01:05:21Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -270
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": 220
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "New Orleans Pelicans",
                                "price": -110,
                                "point": -6.5
                            },
                            {
                                "name": "San Antonio Spurs",
                                "price": -110,
                                "point": 6.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 232
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 232
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "New Orleans Pelicans",
                        "price": -280
                    },
                    {
                        "name": "San Antonio Spurs",
                        "price": 230
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "New Orleans Pelicans",
                        "price": -108,
                        "point": -6.5
                    },
                    {
                        "name": "San Antonio Spurs",
                        "price": -112,
                        "point": 6.5
                    }
                ]
            }
        ],
        "startTime": "Nov 23 7:10 P.M."
    },
    {
        "id": "24e0d5c4f974a05f68cc159e7329952b",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2022-11-24T02:10:00Z",
        "home_team": "Utah Jazz",
        "away_team": "Detroit Pistons",
        "bookmakers": [
            {
                "key": "lowvig",
                "title": "LowVig.ag",
                "last_update": "2022-11-23T00:59:45Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": -105,
                                "point": 11.5
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -105,
                                "point": -11.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -105,
                                "point": 228
                            },
                            {
                                "name": "Under",
                                "price": -105,
                                "point": 228
                            }
                        ]
                    }
                ]
            },
            {
                "key": "williamhill_us",
                "title": "William Hill (US)",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": 460
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -650
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 11.5
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -110,
                                "point": -11.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 228
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 228
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betonlineag",
                "title": "BetOnline.ag",
                "last_update": "2022-11-23T01:05:25Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": -111,
                                "point": 11.5
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -111,
                                "point": -11.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -111,
                                "point": 228
                            },
                            {
                                "name": "Under",
                                "price": -111,
                                "point": 228
                            }
                        ]
                    }
                ]
            },
            {
                "key": "wynnbet",
                "title": "WynnBET",
                "last_update": "2022-11-23T01:05:03Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 11
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -110,
                                "point": -11
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 229
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 229
                            }
                        ]
                    }
                ]
            },
            {
                "key": "fanduel",
                "title": "FanDuel",
                "last_update": "2022-11-23T01:05:10Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": 460
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -620
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 11
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -110,
                                "point": -11
                            }
                        ]
                    }
                ]
            },
            {
                "key": "gtbets",
                "title": "GTbets",
                "last_update": "2022-11-23T01:05:31Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": 450
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -650
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": -109,
                                "point": 11.5
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -109,
                                "point": -11.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "bovada",
                "title": "Bovada",
                "last_update": "2022-11-23T01:05:21Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": 450
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -650
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 11.5
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -110,
                                "point": -11.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 228
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 228
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betfair",
                "title": "Betfair",
                "last_update": "2022-11-23T01:05:22Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": 470
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -625
                            }
                        ]
                    },
                    {
                        "key": "h2h_lay",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": 620
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -476
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betus",
                "title": "BetUS",
                "last_update": "2022-11-23T01:05:29Z",
                "markets": [
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 11.5
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -110,
                                "point": -11.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 228
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 228
                            }
                        ]
                    }
                ]
            },
            {
                "key": "betmgm",
                "title": "BetMGM",
                "last_update": "2022-11-23T01:04:42Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": 475
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -650
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 11.5
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -110,
                                "point": -11.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -105,
                                "point": 228.5
                            },
                            {
                                "name": "Under",
                                "price": -115,
                                "point": 228.5
                            }
                        ]
                    }
                ]
            },
            {
                "key": "superbook",
                "title": "SuperBook",
                "last_update": "2022-11-23T01:04:53Z",
                "markets": [
                    {
                        "key": "h2h",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": 475
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -650
                            }
                        ]
                    },
                    {
                        "key": "spreads",
                        "outcomes": [
                            {
                                "name": "Detroit Pistons",
                                "price": -110,
                                "point": 11.5
                            },
                            {
                                "name": "Utah Jazz",
                                "price": -110,
                                "point": -11.5
                            }
                        ]
                    },
                    {
                        "key": "totals",
                        "outcomes": [
                            {
                                "name": "Over",
                                "price": -110,
                                "point": 228
                            },
                            {
                                "name": "Under",
                                "price": -110,
                                "point": 228
                            }
                        ]
                    }
                ]
            }
        ],
        "odds": [
            {
                "key": "h2h",
                "outcomes": [
                    {
                        "name": "Detroit Pistons",
                        "price": 460
                    },
                    {
                        "name": "Utah Jazz",
                        "price": -620
                    }
                ]
            },
            {
                "key": "spreads",
                "outcomes": [
                    {
                        "name": "Detroit Pistons",
                        "price": -110,
                        "point": 11
                    },
                    {
                        "name": "Utah Jazz",
                        "price": -110,
                        "point": -11
                    }
                ]
            }
        ],
        "startTime": "Nov 23 8:10 P.M."
    }
]

export const demoLiveData = {
    "leagues": [
        {
            "id": "46",
            "uid": "s:40~l:46",
            "name": "National Basketball Association",
            "abbreviation": "NBA",
            "slug": "nba",
            "season": {
                "year": 2023,
                "startDate": "2022-08-30T07:00Z",
                "endDate": "2023-06-24T06:59Z",
                "type": {
                    "id": "2",
                    "type": 2,
                    "name": "Regular Season",
                    "abbreviation": "reg"
                }
            },
            "logos": [
                {
                    "href": "https://a.espncdn.com/i/teamlogos/leagues/500/nba.png",
                    "width": 500,
                    "height": 500,
                    "alt": "",
                    "rel": [
                        "full",
                        "default"
                    ],
                    "lastUpdated": "2018-06-05T12:07Z"
                },
                {
                    "href": "https://a.espncdn.com/i/teamlogos/leagues/500-dark/nba.png",
                    "width": 500,
                    "height": 500,
                    "alt": "",
                    "rel": [
                        "full",
                        "dark"
                    ],
                    "lastUpdated": "2018-06-05T12:07Z"
                }
            ],
            "calendarType": "day",
            "calendarIsWhitelist": true,
            "calendarStartDate": "2022-08-30T07:00Z",
            "calendarEndDate": "2023-06-24T06:59Z",
            "calendar": [
                "2022-09-30T07:00Z",
                "2022-10-01T07:00Z",
                "2022-10-02T07:00Z",
                "2022-10-03T07:00Z",
                "2022-10-04T07:00Z",
                "2022-10-05T07:00Z",
                "2022-10-06T07:00Z",
                "2022-10-07T07:00Z",
                "2022-10-08T07:00Z",
                "2022-10-09T07:00Z",
                "2022-10-10T07:00Z",
                "2022-10-11T07:00Z",
                "2022-10-12T07:00Z",
                "2022-10-13T07:00Z",
                "2022-10-14T07:00Z",
                "2022-10-18T07:00Z",
                "2022-10-19T07:00Z",
                "2022-10-20T07:00Z",
                "2022-10-21T07:00Z",
                "2022-10-22T07:00Z",
                "2022-10-23T07:00Z",
                "2022-10-24T07:00Z",
                "2022-10-25T07:00Z",
                "2022-10-26T07:00Z",
                "2022-10-27T07:00Z",
                "2022-10-28T07:00Z",
                "2022-10-29T07:00Z",
                "2022-10-30T07:00Z",
                "2022-10-31T07:00Z",
                "2022-11-01T07:00Z",
                "2022-11-02T07:00Z",
                "2022-11-03T07:00Z",
                "2022-11-04T07:00Z",
                "2022-11-05T07:00Z",
                "2022-11-06T07:00Z",
                "2022-11-07T08:00Z",
                "2022-11-09T08:00Z",
                "2022-11-10T08:00Z",
                "2022-11-11T08:00Z",
                "2022-11-12T08:00Z",
                "2022-11-13T08:00Z",
                "2022-11-14T08:00Z",
                "2022-11-15T08:00Z",
                "2022-11-16T08:00Z",
                "2022-11-17T08:00Z",
                "2022-11-18T08:00Z",
                "2022-11-19T08:00Z",
                "2022-11-20T08:00Z",
                "2022-11-21T08:00Z",
                "2022-11-22T08:00Z",
                "2022-11-23T08:00Z",
                "2022-11-25T08:00Z",
                "2022-11-26T08:00Z",
                "2022-11-27T08:00Z",
                "2022-11-28T08:00Z",
                "2022-11-29T08:00Z",
                "2022-11-30T08:00Z",
                "2022-12-01T08:00Z",
                "2022-12-02T08:00Z",
                "2022-12-03T08:00Z",
                "2022-12-04T08:00Z",
                "2022-12-05T08:00Z",
                "2022-12-06T08:00Z",
                "2022-12-07T08:00Z",
                "2022-12-08T08:00Z",
                "2022-12-09T08:00Z",
                "2022-12-10T08:00Z",
                "2022-12-11T08:00Z",
                "2022-12-12T08:00Z",
                "2022-12-13T08:00Z",
                "2022-12-14T08:00Z",
                "2022-12-15T08:00Z",
                "2022-12-16T08:00Z",
                "2022-12-17T08:00Z",
                "2022-12-18T08:00Z",
                "2022-12-19T08:00Z",
                "2022-12-20T08:00Z",
                "2022-12-21T08:00Z",
                "2022-12-22T08:00Z",
                "2022-12-23T08:00Z",
                "2022-12-25T08:00Z",
                "2022-12-26T08:00Z",
                "2022-12-27T08:00Z",
                "2022-12-28T08:00Z",
                "2022-12-29T08:00Z",
                "2022-12-30T08:00Z",
                "2022-12-31T08:00Z",
                "2023-01-01T08:00Z",
                "2023-01-02T08:00Z",
                "2023-01-03T08:00Z",
                "2023-01-04T08:00Z",
                "2023-01-05T08:00Z",
                "2023-01-06T08:00Z",
                "2023-01-07T08:00Z",
                "2023-01-08T08:00Z",
                "2023-01-09T08:00Z",
                "2023-01-10T08:00Z",
                "2023-01-11T08:00Z",
                "2023-01-12T08:00Z",
                "2023-01-13T08:00Z",
                "2023-01-14T08:00Z",
                "2023-01-15T08:00Z",
                "2023-01-16T08:00Z",
                "2023-01-17T08:00Z",
                "2023-01-18T08:00Z",
                "2023-01-19T08:00Z",
                "2023-01-20T08:00Z",
                "2023-01-21T08:00Z",
                "2023-01-22T08:00Z",
                "2023-01-23T08:00Z",
                "2023-01-24T08:00Z",
                "2023-01-25T08:00Z",
                "2023-01-26T08:00Z",
                "2023-01-27T08:00Z",
                "2023-01-28T08:00Z",
                "2023-01-29T08:00Z",
                "2023-01-30T08:00Z",
                "2023-01-31T08:00Z",
                "2023-02-01T08:00Z",
                "2023-02-02T08:00Z",
                "2023-02-03T08:00Z",
                "2023-02-04T08:00Z",
                "2023-02-05T08:00Z",
                "2023-02-06T08:00Z",
                "2023-02-07T08:00Z",
                "2023-02-08T08:00Z",
                "2023-02-09T08:00Z",
                "2023-02-10T08:00Z",
                "2023-02-11T08:00Z",
                "2023-02-12T08:00Z",
                "2023-02-13T08:00Z",
                "2023-02-14T08:00Z",
                "2023-02-15T08:00Z",
                "2023-02-16T08:00Z",
                "2023-02-23T08:00Z",
                "2023-02-24T08:00Z",
                "2023-02-25T08:00Z",
                "2023-02-26T08:00Z",
                "2023-02-27T08:00Z",
                "2023-02-28T08:00Z",
                "2023-03-01T08:00Z",
                "2023-03-02T08:00Z",
                "2023-03-03T08:00Z",
                "2023-03-04T08:00Z",
                "2023-03-05T08:00Z",
                "2023-03-06T08:00Z",
                "2023-03-07T08:00Z",
                "2023-03-08T08:00Z",
                "2023-03-09T08:00Z",
                "2023-03-10T08:00Z",
                "2023-03-11T08:00Z",
                "2023-03-12T08:00Z",
                "2023-03-13T07:00Z",
                "2023-03-14T07:00Z",
                "2023-03-15T07:00Z",
                "2023-03-16T07:00Z",
                "2023-03-17T07:00Z",
                "2023-03-18T07:00Z",
                "2023-03-19T07:00Z",
                "2023-03-20T07:00Z",
                "2023-03-21T07:00Z",
                "2023-03-22T07:00Z",
                "2023-03-23T07:00Z",
                "2023-03-24T07:00Z",
                "2023-03-25T07:00Z",
                "2023-03-26T07:00Z",
                "2023-03-27T07:00Z",
                "2023-03-28T07:00Z",
                "2023-03-29T07:00Z",
                "2023-03-30T07:00Z",
                "2023-03-31T07:00Z",
                "2023-04-01T07:00Z",
                "2023-04-02T07:00Z",
                "2023-04-04T07:00Z",
                "2023-04-05T07:00Z",
                "2023-04-06T07:00Z",
                "2023-04-07T07:00Z",
                "2023-04-08T07:00Z",
                "2023-04-09T07:00Z"
            ]
        }
    ],
    "season": {
        "type": 2,
        "year": 2023
    },
    "day": {
        "date": "2022-11-22"
    },
    "events": [
        {
            "id": "401468411",
            "uid": "s:40~l:46~e:401468411",
            "date": "2022-11-23T00:30Z",
            "name": "Brooklyn Nets at Philadelphia 76ers",
            "shortName": "BKN @ PHI",
            "season": {
                "year": 2023,
                "type": 2,
                "slug": "regular-season"
            },
            "competitions": [
                {
                    "id": "401468411",
                    "uid": "s:40~l:46~e:401468411~c:401468411",
                    "date": "2022-11-23T00:30Z",
                    "attendance": 0,
                    "type": {
                        "id": "1",
                        "abbreviation": "STD"
                    },
                    "timeValid": true,
                    "neutralSite": false,
                    "conferenceCompetition": false,
                    "recent": true,
                    "venue": {
                        "id": "1845",
                        "fullName": "Wells Fargo Center",
                        "address": {
                            "city": "Philadelphia",
                            "state": "PA"
                        },
                        "capacity": 21000,
                        "indoor": true
                    },
                    "competitors": [
                        {
                            "id": "20",
                            "uid": "s:40~l:46~t:20",
                            "type": "team",
                            "order": 0,
                            "homeAway": "home",
                            "team": {
                                "id": "20",
                                "uid": "s:40~l:46~t:20",
                                "location": "Philadelphia",
                                "name": "76ers",
                                "abbreviation": "PHI",
                                "displayName": "Philadelphia 76ers",
                                "shortDisplayName": "76ers",
                                "color": "000000",
                                "alternateColor": "f1f2f3",
                                "isActive": true,
                                "venue": {
                                    "id": "1845"
                                },
                                "links": [
                                    {
                                        "rel": [
                                            "clubhouse",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/_/name/phi/philadelphia-76ers",
                                        "text": "Clubhouse",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "roster",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/roster/_/name/phi/philadelphia-76ers",
                                        "text": "Roster",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "stats",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/stats/_/name/phi/philadelphia-76ers",
                                        "text": "Statistics",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "schedule",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/schedule/_/name/phi",
                                        "text": "Schedule",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "photos",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/photos/_/name/phi",
                                        "text": "photos",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "scores",
                                            "sportscenter",
                                            "app",
                                            "team"
                                        ],
                                        "href": "sportscenter://x-callback-url/showClubhouse?uid=s:40~l:46~t:20&section=scores",
                                        "text": "Scores",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "draftpicks",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/draft/teams/_/name/phi/philadelphia-76ers",
                                        "text": "Draft Picks",
                                        "isExternal": false,
                                        "isPremium": true
                                    },
                                    {
                                        "rel": [
                                            "transactions",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/transactions/_/name/phi",
                                        "text": "Transactions",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "injuries",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/injuries/_/name/phi",
                                        "text": "Injuries",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "depthchart",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/depth/_/name/phi",
                                        "text": "Depth Chart",
                                        "isExternal": false,
                                        "isPremium": false
                                    }
                                ],
                                "logo": "https://a.espncdn.com/i/teamlogos/nba/500/scoreboard/phi.png"
                            },
                            "score": "33",
                            "linescores": [
                                {
                                    "value": 33
                                },
                                {
                                    "value": 0
                                }
                            ],
                            "statistics": [
                                {
                                    "name": "rebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "13"
                                },
                                {
                                    "name": "avgRebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "13.0"
                                },
                                {
                                    "name": "assists",
                                    "abbreviation": "AST",
                                    "displayValue": "5"
                                },
                                {
                                    "name": "fieldGoalsAttempted",
                                    "abbreviation": "FGA",
                                    "displayValue": "29"
                                },
                                {
                                    "name": "fieldGoalsMade",
                                    "abbreviation": "FGM",
                                    "displayValue": "13"
                                },
                                {
                                    "name": "fieldGoalPct",
                                    "abbreviation": "FG%",
                                    "displayValue": "44.8"
                                },
                                {
                                    "name": "freeThrowPct",
                                    "abbreviation": "FT%",
                                    "displayValue": "100.0"
                                },
                                {
                                    "name": "freeThrowsAttempted",
                                    "abbreviation": "FTA",
                                    "displayValue": "2"
                                },
                                {
                                    "name": "freeThrowsMade",
                                    "abbreviation": "FTM",
                                    "displayValue": "2"
                                },
                                {
                                    "name": "points",
                                    "abbreviation": "PTS",
                                    "displayValue": "33"
                                },
                                {
                                    "name": "threePointPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "62.5"
                                },
                                {
                                    "name": "threePointFieldGoalsAttempted",
                                    "abbreviation": "3PA",
                                    "displayValue": "8"
                                },
                                {
                                    "name": "threePointFieldGoalsMade",
                                    "abbreviation": "3PM",
                                    "displayValue": "5"
                                },
                                {
                                    "name": "avgPoints",
                                    "abbreviation": "PTS",
                                    "displayValue": "33.0"
                                },
                                {
                                    "name": "avgAssists",
                                    "abbreviation": "AST",
                                    "displayValue": "5.0"
                                },
                                {
                                    "name": "threePointFieldGoalPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "62.5"
                                }
                            ],
                            "leaders": [
                                {
                                    "name": "points",
                                    "displayName": "Points",
                                    "shortDisplayName": "Pts",
                                    "abbreviation": "Pts",
                                    "leaders": [
                                        {
                                            "displayValue": "7",
                                            "value": 7,
                                            "athlete": {
                                                "id": "3915195",
                                                "fullName": "Shake Milton",
                                                "displayName": "Shake Milton",
                                                "shortName": "S. Milton",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3915195/shake-milton"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3915195.png",
                                                "jersey": "18",
                                                "position": {
                                                    "abbreviation": "SG"
                                                },
                                                "team": {
                                                    "id": "20"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "20"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "rebounds",
                                    "displayName": "Rebounds",
                                    "shortDisplayName": "Reb",
                                    "abbreviation": "Reb",
                                    "leaders": [
                                        {
                                            "displayValue": "4",
                                            "value": 4,
                                            "athlete": {
                                                "id": "2991055",
                                                "fullName": "Montrezl Harrell",
                                                "displayName": "Montrezl Harrell",
                                                "shortName": "M. Harrell",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/2991055/montrezl-harrell"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/2991055/montrezl-harrell"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/2991055/montrezl-harrell"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/2991055/montrezl-harrell"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/2991055/montrezl-harrell"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/2991055/montrezl-harrell"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/2991055/montrezl-harrell"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/2991055/montrezl-harrell"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/2991055.png",
                                                "jersey": "5",
                                                "position": {
                                                    "abbreviation": "C"
                                                },
                                                "team": {
                                                    "id": "20"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "20"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "assists",
                                    "displayName": "Assists",
                                    "shortDisplayName": "Ast",
                                    "abbreviation": "Ast",
                                    "leaders": [
                                        {
                                            "displayValue": "2",
                                            "value": 2,
                                            "athlete": {
                                                "id": "3915195",
                                                "fullName": "Shake Milton",
                                                "displayName": "Shake Milton",
                                                "shortName": "S. Milton",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3915195/shake-milton"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3915195.png",
                                                "jersey": "18",
                                                "position": {
                                                    "abbreviation": "SG"
                                                },
                                                "team": {
                                                    "id": "20"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "20"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "rating",
                                    "displayName": "Rating",
                                    "shortDisplayName": "RAT",
                                    "abbreviation": "RAT",
                                    "leaders": [
                                        {
                                            "displayValue": "7 PTS",
                                            "value": 14.699999809265137,
                                            "athlete": {
                                                "id": "3915195",
                                                "fullName": "Shake Milton",
                                                "displayName": "Shake Milton",
                                                "shortName": "S. Milton",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3915195/shake-milton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3915195/shake-milton"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3915195.png",
                                                "jersey": "18",
                                                "position": {
                                                    "abbreviation": "SG"
                                                },
                                                "team": {
                                                    "id": "20"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "20"
                                            }
                                        }
                                    ]
                                }
                            ],
                            "records": [
                                {
                                    "name": "All Splits",
                                    "abbreviation": "Total",
                                    "type": "total",
                                    "summary": "8-8"
                                },
                                {
                                    "name": "Home",
                                    "type": "home",
                                    "summary": "5-5"
                                },
                                {
                                    "name": "Road",
                                    "type": "road",
                                    "summary": "3-3"
                                }
                            ]
                        },
                        {
                            "id": "17",
                            "uid": "s:40~l:46~t:17",
                            "type": "team",
                            "order": 1,
                            "homeAway": "away",
                            "team": {
                                "id": "17",
                                "uid": "s:40~l:46~t:17",
                                "location": "Brooklyn",
                                "name": "Nets",
                                "abbreviation": "BKN",
                                "displayName": "Brooklyn Nets",
                                "shortDisplayName": "Nets",
                                "color": "000000",
                                "alternateColor": "ffffff",
                                "isActive": true,
                                "venue": {
                                    "id": "1826"
                                },
                                "links": [
                                    {
                                        "rel": [
                                            "clubhouse",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/_/name/bkn/brooklyn-nets",
                                        "text": "Clubhouse",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "roster",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/roster/_/name/bkn/brooklyn-nets",
                                        "text": "Roster",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "stats",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/stats/_/name/bkn/brooklyn-nets",
                                        "text": "Statistics",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "schedule",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/schedule/_/name/bkn",
                                        "text": "Schedule",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "photos",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/photos/_/name/bkn",
                                        "text": "photos",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "scores",
                                            "sportscenter",
                                            "app",
                                            "team"
                                        ],
                                        "href": "sportscenter://x-callback-url/showClubhouse?uid=s:40~l:46~t:17&section=scores",
                                        "text": "Scores",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "draftpicks",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/draft/teams/_/name/bkn/brooklyn-nets",
                                        "text": "Draft Picks",
                                        "isExternal": false,
                                        "isPremium": true
                                    },
                                    {
                                        "rel": [
                                            "transactions",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/transactions/_/name/bkn",
                                        "text": "Transactions",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "injuries",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/injuries/_/name/bkn",
                                        "text": "Injuries",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "depthchart",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/depth/_/name/bkn",
                                        "text": "Depth Chart",
                                        "isExternal": false,
                                        "isPremium": false
                                    }
                                ],
                                "logo": "https://a.espncdn.com/i/teamlogos/nba/500/scoreboard/bkn.png"
                            },
                            "score": "26",
                            "linescores": [
                                {
                                    "value": 26
                                },
                                {
                                    "value": 0
                                }
                            ],
                            "statistics": [
                                {
                                    "name": "rebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "7"
                                },
                                {
                                    "name": "avgRebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "7.0"
                                },
                                {
                                    "name": "assists",
                                    "abbreviation": "AST",
                                    "displayValue": "8"
                                },
                                {
                                    "name": "fieldGoalsAttempted",
                                    "abbreviation": "FGA",
                                    "displayValue": "17"
                                },
                                {
                                    "name": "fieldGoalsMade",
                                    "abbreviation": "FGM",
                                    "displayValue": "10"
                                },
                                {
                                    "name": "fieldGoalPct",
                                    "abbreviation": "FG%",
                                    "displayValue": "58.8"
                                },
                                {
                                    "name": "freeThrowPct",
                                    "abbreviation": "FT%",
                                    "displayValue": "100.0"
                                },
                                {
                                    "name": "freeThrowsAttempted",
                                    "abbreviation": "FTA",
                                    "displayValue": "6"
                                },
                                {
                                    "name": "freeThrowsMade",
                                    "abbreviation": "FTM",
                                    "displayValue": "6"
                                },
                                {
                                    "name": "points",
                                    "abbreviation": "PTS",
                                    "displayValue": "26"
                                },
                                {
                                    "name": "threePointPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "0.0"
                                },
                                {
                                    "name": "threePointFieldGoalsAttempted",
                                    "abbreviation": "3PA",
                                    "displayValue": "3"
                                },
                                {
                                    "name": "threePointFieldGoalsMade",
                                    "abbreviation": "3PM",
                                    "displayValue": "0"
                                },
                                {
                                    "name": "avgPoints",
                                    "abbreviation": "PTS",
                                    "displayValue": "26.0"
                                },
                                {
                                    "name": "avgAssists",
                                    "abbreviation": "AST",
                                    "displayValue": "8.0"
                                },
                                {
                                    "name": "threePointFieldGoalPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "0.0"
                                }
                            ],
                            "leaders": [
                                {
                                    "name": "points",
                                    "displayName": "Points",
                                    "shortDisplayName": "Pts",
                                    "abbreviation": "Pts",
                                    "leaders": [
                                        {
                                            "displayValue": "8",
                                            "value": 8,
                                            "athlete": {
                                                "id": "3202",
                                                "fullName": "Kevin Durant",
                                                "displayName": "Kevin Durant",
                                                "shortName": "K. Durant",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3202/kevin-durant"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3202.png",
                                                "jersey": "7",
                                                "position": {
                                                    "abbreviation": "PF"
                                                },
                                                "team": {
                                                    "id": "17"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "17"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "rebounds",
                                    "displayName": "Rebounds",
                                    "shortDisplayName": "Reb",
                                    "abbreviation": "Reb",
                                    "leaders": [
                                        {
                                            "displayValue": "2",
                                            "value": 2,
                                            "athlete": {
                                                "id": "2583632",
                                                "fullName": "Royce O'Neale",
                                                "displayName": "Royce O'Neale",
                                                "shortName": "R. O'Neale",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/2583632/royce-oneale"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/2583632/royce-oneale"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/2583632/royce-oneale"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/2583632/royce-oneale"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/2583632/royce-oneale"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/2583632/royce-oneale"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/2583632/royce-oneale"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/2583632/royce-oneale"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/2583632.png",
                                                "jersey": "00",
                                                "position": {
                                                    "abbreviation": "PF"
                                                },
                                                "team": {
                                                    "id": "17"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "17"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "assists",
                                    "displayName": "Assists",
                                    "shortDisplayName": "Ast",
                                    "abbreviation": "Ast",
                                    "leaders": [
                                        {
                                            "displayValue": "4",
                                            "value": 4,
                                            "athlete": {
                                                "id": "3907387",
                                                "fullName": "Ben Simmons",
                                                "displayName": "Ben Simmons",
                                                "shortName": "B. Simmons",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3907387/ben-simmons"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3907387/ben-simmons"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3907387/ben-simmons"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3907387/ben-simmons"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3907387/ben-simmons"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3907387/ben-simmons"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3907387/ben-simmons"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3907387/ben-simmons"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3907387.png",
                                                "jersey": "10",
                                                "position": {
                                                    "abbreviation": "PG"
                                                },
                                                "team": {
                                                    "id": "17"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "17"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "rating",
                                    "displayName": "Rating",
                                    "shortDisplayName": "RAT",
                                    "abbreviation": "RAT",
                                    "leaders": [
                                        {
                                            "displayValue": "8 PTS",
                                            "value": 17.299999237060547,
                                            "athlete": {
                                                "id": "3202",
                                                "fullName": "Kevin Durant",
                                                "displayName": "Kevin Durant",
                                                "shortName": "K. Durant",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3202/kevin-durant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3202/kevin-durant"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3202.png",
                                                "jersey": "7",
                                                "position": {
                                                    "abbreviation": "PF"
                                                },
                                                "team": {
                                                    "id": "17"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "17"
                                            }
                                        }
                                    ]
                                }
                            ],
                            "records": [
                                {
                                    "name": "All Splits",
                                    "abbreviation": "Total",
                                    "type": "total",
                                    "summary": "8-9"
                                },
                                {
                                    "name": "Home",
                                    "type": "home",
                                    "summary": "4-4"
                                },
                                {
                                    "name": "Road",
                                    "type": "road",
                                    "summary": "4-5"
                                }
                            ]
                        }
                    ],
                    "notes": [],
                    "situation": {
                        "lastPlay": {
                            "id": "401468411148",
                            "type": {
                                "id": "584",
                                "text": "Substitution"
                            },
                            "text": "Joe Harris enters the game for Markieff Morris",
                            "scoreValue": 0,
                            "team": {
                                "id": "17"
                            }
                        }
                    },
                    "status": {
                        "clock": 707,
                        "displayClock": "11:47",
                        "period": 2,
                        "type": {
                            "id": "2",
                            "name": "STATUS_IN_PROGRESS",
                            "state": "in",
                            "completed": false,
                            "description": "In Progress",
                            "detail": "11:47 - 2nd Quarter",
                            "shortDetail": "11:47 - 2nd"
                        }
                    },
                    "broadcasts": [
                        {
                            "market": "national",
                            "names": [
                                "TNT"
                            ]
                        }
                    ],
                    "format": {
                        "regulation": {
                            "periods": 4
                        }
                    },
                    "startDate": "2022-11-23T00:30Z",
                    "geoBroadcasts": [
                        {
                            "type": {
                                "id": "1",
                                "shortName": "TV"
                            },
                            "market": {
                                "id": "1",
                                "type": "National"
                            },
                            "media": {
                                "shortName": "TNT"
                            },
                            "lang": "en",
                            "region": "us"
                        }
                    ]
                }
            ],
            "links": [
                {
                    "language": "en-US",
                    "rel": [
                        "live",
                        "desktop",
                        "event"
                    ],
                    "href": "https://www.espn.com/nba/game?gameId=401468411",
                    "text": "Gamecast",
                    "shortText": "Gamecast",
                    "isExternal": false,
                    "isPremium": false
                },
                {
                    "language": "en-US",
                    "rel": [
                        "boxscore",
                        "desktop",
                        "event"
                    ],
                    "href": "http://www.espn.com/nba/boxscore/_/gameId/401468411",
                    "text": "Box Score",
                    "shortText": "Box Score",
                    "isExternal": false,
                    "isPremium": false
                },
                {
                    "language": "en-US",
                    "rel": [
                        "pbp",
                        "desktop",
                        "event"
                    ],
                    "href": "http://www.espn.com/nba/playbyplay/_/gameId/401468411",
                    "text": "Play-by-Play",
                    "shortText": "Play-by-Play",
                    "isExternal": false,
                    "isPremium": false
                }
            ],
            "status": {
                "clock": 707,
                "displayClock": "11:47",
                "period": 2,
                "type": {
                    "id": "2",
                    "name": "STATUS_IN_PROGRESS",
                    "state": "in",
                    "completed": false,
                    "description": "In Progress",
                    "detail": "11:47 - 2nd Quarter",
                    "shortDetail": "11:47 - 2nd"
                }
            }
        },
        {
            "id": "401468412",
            "uid": "s:40~l:46~e:401468412",
            "date": "2022-11-23T01:00Z",
            "name": "Sacramento Kings at Memphis Grizzlies",
            "shortName": "SAC @ MEM",
            "season": {
                "year": 2023,
                "type": 2,
                "slug": "regular-season"
            },
            "competitions": [
                {
                    "id": "401468412",
                    "uid": "s:40~l:46~e:401468412~c:401468412",
                    "date": "2022-11-23T01:00Z",
                    "attendance": 0,
                    "type": {
                        "id": "1",
                        "abbreviation": "STD"
                    },
                    "timeValid": true,
                    "neutralSite": false,
                    "conferenceCompetition": false,
                    "recent": true,
                    "venue": {
                        "id": "1392",
                        "fullName": "FedExForum",
                        "address": {
                            "city": "Memphis",
                            "state": "TN"
                        },
                        "capacity": 18400,
                        "indoor": true
                    },
                    "competitors": [
                        {
                            "id": "29",
                            "uid": "s:40~l:46~t:29",
                            "type": "team",
                            "order": 0,
                            "homeAway": "home",
                            "team": {
                                "id": "29",
                                "uid": "s:40~l:46~t:29",
                                "location": "Memphis",
                                "name": "Grizzlies",
                                "abbreviation": "MEM",
                                "displayName": "Memphis Grizzlies",
                                "shortDisplayName": "Grizzlies",
                                "color": "5D76A8",
                                "alternateColor": "7399c6",
                                "isActive": true,
                                "venue": {
                                    "id": "1392"
                                },
                                "links": [
                                    {
                                        "rel": [
                                            "clubhouse",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/_/name/mem/memphis-grizzlies",
                                        "text": "Clubhouse",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "roster",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/roster/_/name/mem/memphis-grizzlies",
                                        "text": "Roster",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "stats",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/stats/_/name/mem/memphis-grizzlies",
                                        "text": "Statistics",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "schedule",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/schedule/_/name/mem",
                                        "text": "Schedule",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "photos",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/photos/_/name/mem",
                                        "text": "photos",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "scores",
                                            "sportscenter",
                                            "app",
                                            "team"
                                        ],
                                        "href": "sportscenter://x-callback-url/showClubhouse?uid=s:40~l:46~t:29&section=scores",
                                        "text": "Scores",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "draftpicks",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/draft/teams/_/name/mem/memphis-grizzlies",
                                        "text": "Draft Picks",
                                        "isExternal": false,
                                        "isPremium": true
                                    },
                                    {
                                        "rel": [
                                            "transactions",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/transactions/_/name/mem",
                                        "text": "Transactions",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "injuries",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/injuries/_/name/mem",
                                        "text": "Injuries",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "depthchart",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/depth/_/name/mem",
                                        "text": "Depth Chart",
                                        "isExternal": false,
                                        "isPremium": false
                                    }
                                ],
                                "logo": "https://a.espncdn.com/i/teamlogos/nba/500/scoreboard/mem.png"
                            },
                            "score": "0",
                            "statistics": [
                                {
                                    "name": "rebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "819",
                                    "rankDisplayValue": "3rd"
                                },
                                {
                                    "name": "avgRebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "48.2"
                                },
                                {
                                    "name": "assists",
                                    "abbreviation": "AST",
                                    "displayValue": "408",
                                    "rankDisplayValue": "Tied-6th"
                                },
                                {
                                    "name": "fieldGoalsAttempted",
                                    "abbreviation": "FGA",
                                    "displayValue": "1580",
                                    "rankDisplayValue": "2nd"
                                },
                                {
                                    "name": "fieldGoalsMade",
                                    "abbreviation": "FGM",
                                    "displayValue": "725",
                                    "rankDisplayValue": "Tied-7th"
                                },
                                {
                                    "name": "fieldGoalPct",
                                    "abbreviation": "FG%",
                                    "displayValue": "45.9",
                                    "rankDisplayValue": "27th"
                                },
                                {
                                    "name": "freeThrowPct",
                                    "abbreviation": "FT%",
                                    "displayValue": "69.8",
                                    "rankDisplayValue": "28th"
                                },
                                {
                                    "name": "freeThrowsAttempted",
                                    "abbreviation": "FTA",
                                    "displayValue": "407",
                                    "rankDisplayValue": "Tied-16th"
                                },
                                {
                                    "name": "freeThrowsMade",
                                    "abbreviation": "FTM",
                                    "displayValue": "284",
                                    "rankDisplayValue": "Tied-24th"
                                },
                                {
                                    "name": "points",
                                    "abbreviation": "PTS",
                                    "displayValue": "1945",
                                    "rankDisplayValue": "Tied-9th"
                                },
                                {
                                    "name": "threePointPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "36.0",
                                    "rankDisplayValue": "19th"
                                },
                                {
                                    "name": "threePointFieldGoalsAttempted",
                                    "abbreviation": "3PA",
                                    "displayValue": "586",
                                    "rankDisplayValue": "1st"
                                },
                                {
                                    "name": "threePointFieldGoalsMade",
                                    "abbreviation": "3PM",
                                    "displayValue": "211",
                                    "rankDisplayValue": "Tied-1st"
                                },
                                {
                                    "name": "avgPoints",
                                    "abbreviation": "PTS",
                                    "displayValue": "114.4"
                                },
                                {
                                    "name": "avgAssists",
                                    "abbreviation": "AST",
                                    "displayValue": "24.0"
                                },
                                {
                                    "name": "threePointFieldGoalPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "36.0",
                                    "rankDisplayValue": "Tied-1st"
                                }
                            ],
                            "records": [
                                {
                                    "name": "All Splits",
                                    "abbreviation": "Total",
                                    "type": "total",
                                    "summary": "10-7"
                                },
                                {
                                    "name": "Home",
                                    "type": "home",
                                    "summary": "6-1"
                                },
                                {
                                    "name": "Road",
                                    "type": "road",
                                    "summary": "4-6"
                                }
                            ],
                            "leaders": [
                                {
                                    "name": "pointsPerGame",
                                    "displayName": "Points Per Game",
                                    "shortDisplayName": "PPG",
                                    "abbreviation": "PTS",
                                    "leaders": [
                                        {
                                            "displayValue": "28.6",
                                            "value": 28.571428298950195,
                                            "athlete": {
                                                "id": "4279888",
                                                "fullName": "Ja Morant",
                                                "displayName": "Ja Morant",
                                                "shortName": "J. Morant",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/4279888/ja-morant"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/4279888.png",
                                                "jersey": "12",
                                                "position": {
                                                    "abbreviation": "PG"
                                                },
                                                "team": {
                                                    "id": "29"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "29"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "reboundsPerGame",
                                    "displayName": "Rebounds Per Game",
                                    "shortDisplayName": "RPG",
                                    "abbreviation": "REB",
                                    "leaders": [
                                        {
                                            "displayValue": "10.6",
                                            "value": 10.625,
                                            "athlete": {
                                                "id": "2991235",
                                                "fullName": "Steven Adams",
                                                "displayName": "Steven Adams",
                                                "shortName": "S. Adams",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/2991235/steven-adams"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/2991235/steven-adams"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/2991235/steven-adams"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/2991235/steven-adams"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/2991235/steven-adams"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/2991235/steven-adams"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/2991235/steven-adams"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/2991235/steven-adams"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/2991235.png",
                                                "jersey": "4",
                                                "position": {
                                                    "abbreviation": "C"
                                                },
                                                "team": {
                                                    "id": "29"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "29"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "assistsPerGame",
                                    "displayName": "Assists Per Game",
                                    "shortDisplayName": "APG",
                                    "abbreviation": "AST",
                                    "leaders": [
                                        {
                                            "displayValue": "7.1",
                                            "value": 7.0714287757873535,
                                            "athlete": {
                                                "id": "4279888",
                                                "fullName": "Ja Morant",
                                                "displayName": "Ja Morant",
                                                "shortName": "J. Morant",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/4279888/ja-morant"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/4279888.png",
                                                "jersey": "12",
                                                "position": {
                                                    "abbreviation": "PG"
                                                },
                                                "team": {
                                                    "id": "29"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "29"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "rating",
                                    "displayName": "Rating",
                                    "shortDisplayName": "RAT",
                                    "abbreviation": "RAT",
                                    "leaders": [
                                        {
                                            "displayValue": "28.6 PPG, 6.2 RPG, 7.1 APG, 1.1 SPG, 0.4 BPG",
                                            "value": 45.625,
                                            "athlete": {
                                                "id": "4279888",
                                                "fullName": "Ja Morant",
                                                "displayName": "Ja Morant",
                                                "shortName": "J. Morant",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/4279888/ja-morant"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/4279888/ja-morant"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/4279888.png",
                                                "jersey": "12",
                                                "position": {
                                                    "abbreviation": "PG"
                                                },
                                                "team": {
                                                    "id": "29"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "29"
                                            }
                                        }
                                    ]
                                }
                            ]
                        },
                        {
                            "id": "23",
                            "uid": "s:40~l:46~t:23",
                            "type": "team",
                            "order": 1,
                            "homeAway": "away",
                            "team": {
                                "id": "23",
                                "uid": "s:40~l:46~t:23",
                                "location": "Sacramento",
                                "name": "Kings",
                                "abbreviation": "SAC",
                                "displayName": "Sacramento Kings",
                                "shortDisplayName": "Kings",
                                "color": "393996",
                                "alternateColor": "8e9090",
                                "isActive": true,
                                "venue": {
                                    "id": "2247"
                                },
                                "links": [
                                    {
                                        "rel": [
                                            "clubhouse",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/_/name/sac/sacramento-kings",
                                        "text": "Clubhouse",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "roster",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/roster/_/name/sac/sacramento-kings",
                                        "text": "Roster",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "stats",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/stats/_/name/sac/sacramento-kings",
                                        "text": "Statistics",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "schedule",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/schedule/_/name/sac",
                                        "text": "Schedule",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "photos",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/photos/_/name/sac",
                                        "text": "photos",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "scores",
                                            "sportscenter",
                                            "app",
                                            "team"
                                        ],
                                        "href": "sportscenter://x-callback-url/showClubhouse?uid=s:40~l:46~t:23&section=scores",
                                        "text": "Scores",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "draftpicks",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/draft/teams/_/name/sac/sacramento-kings",
                                        "text": "Draft Picks",
                                        "isExternal": false,
                                        "isPremium": true
                                    },
                                    {
                                        "rel": [
                                            "transactions",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/transactions/_/name/sac",
                                        "text": "Transactions",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "injuries",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/injuries/_/name/sac",
                                        "text": "Injuries",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "depthchart",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/depth/_/name/sac",
                                        "text": "Depth Chart",
                                        "isExternal": false,
                                        "isPremium": false
                                    }
                                ],
                                "logo": "https://a.espncdn.com/i/teamlogos/nba/500/scoreboard/sac.png"
                            },
                            "score": "0",
                            "statistics": [
                                {
                                    "name": "rebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "604",
                                    "rankDisplayValue": "Tied-36th"
                                },
                                {
                                    "name": "avgRebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "40.3"
                                },
                                {
                                    "name": "assists",
                                    "abbreviation": "AST",
                                    "displayValue": "424",
                                    "rankDisplayValue": "Tied-6th"
                                },
                                {
                                    "name": "fieldGoalsAttempted",
                                    "abbreviation": "FGA",
                                    "displayValue": "1300",
                                    "rankDisplayValue": "Tied-20th"
                                },
                                {
                                    "name": "fieldGoalsMade",
                                    "abbreviation": "FGM",
                                    "displayValue": "653",
                                    "rankDisplayValue": "Tied-20th"
                                },
                                {
                                    "name": "fieldGoalPct",
                                    "abbreviation": "FG%",
                                    "displayValue": "50.2",
                                    "rankDisplayValue": "13th"
                                },
                                {
                                    "name": "freeThrowPct",
                                    "abbreviation": "FT%",
                                    "displayValue": "79.3",
                                    "rankDisplayValue": "25th"
                                },
                                {
                                    "name": "freeThrowsAttempted",
                                    "abbreviation": "FTA",
                                    "displayValue": "377",
                                    "rankDisplayValue": "Tied-24th"
                                },
                                {
                                    "name": "freeThrowsMade",
                                    "abbreviation": "FTM",
                                    "displayValue": "299",
                                    "rankDisplayValue": "28th"
                                },
                                {
                                    "name": "points",
                                    "abbreviation": "PTS",
                                    "displayValue": "1821",
                                    "rankDisplayValue": "Tied-17th"
                                },
                                {
                                    "name": "threePointPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "38.0",
                                    "rankDisplayValue": "8th"
                                },
                                {
                                    "name": "threePointFieldGoalsAttempted",
                                    "abbreviation": "3PA",
                                    "displayValue": "569",
                                    "rankDisplayValue": "4th"
                                },
                                {
                                    "name": "threePointFieldGoalsMade",
                                    "abbreviation": "3PM",
                                    "displayValue": "216",
                                    "rankDisplayValue": "Tied-1st"
                                },
                                {
                                    "name": "avgPoints",
                                    "abbreviation": "PTS",
                                    "displayValue": "121.4"
                                },
                                {
                                    "name": "avgAssists",
                                    "abbreviation": "AST",
                                    "displayValue": "28.3"
                                },
                                {
                                    "name": "threePointFieldGoalPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "38.0"
                                }
                            ],
                            "records": [
                                {
                                    "name": "All Splits",
                                    "abbreviation": "Total",
                                    "type": "total",
                                    "summary": "9-6"
                                },
                                {
                                    "name": "Home",
                                    "type": "home",
                                    "summary": "6-3"
                                },
                                {
                                    "name": "Road",
                                    "type": "road",
                                    "summary": "3-3"
                                }
                            ],
                            "leaders": [
                                {
                                    "name": "pointsPerGame",
                                    "displayName": "Points Per Game",
                                    "shortDisplayName": "PPG",
                                    "abbreviation": "PTS",
                                    "leaders": [
                                        {
                                            "displayValue": "25.4",
                                            "value": 25.428571701049805,
                                            "athlete": {
                                                "id": "4066259",
                                                "fullName": "De'Aaron Fox",
                                                "displayName": "De'Aaron Fox",
                                                "shortName": "D. Fox",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/4066259/deaaron-fox"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/4066259.png",
                                                "jersey": "5",
                                                "position": {
                                                    "abbreviation": "PG"
                                                },
                                                "team": {
                                                    "id": "23"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "23"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "reboundsPerGame",
                                    "displayName": "Rebounds Per Game",
                                    "shortDisplayName": "RPG",
                                    "abbreviation": "REB",
                                    "leaders": [
                                        {
                                            "displayValue": "10.9",
                                            "value": 10.933333396911621,
                                            "athlete": {
                                                "id": "3155942",
                                                "fullName": "Domantas Sabonis",
                                                "displayName": "Domantas Sabonis",
                                                "shortName": "D. Sabonis",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3155942/domantas-sabonis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3155942/domantas-sabonis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3155942/domantas-sabonis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3155942/domantas-sabonis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3155942/domantas-sabonis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3155942/domantas-sabonis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3155942/domantas-sabonis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3155942/domantas-sabonis"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3155942.png",
                                                "jersey": "10",
                                                "position": {
                                                    "abbreviation": "PF"
                                                },
                                                "team": {
                                                    "id": "23"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "23"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "assistsPerGame",
                                    "displayName": "Assists Per Game",
                                    "shortDisplayName": "APG",
                                    "abbreviation": "AST",
                                    "leaders": [
                                        {
                                            "displayValue": "6.4",
                                            "value": 6.4285712242126465,
                                            "athlete": {
                                                "id": "4066259",
                                                "fullName": "De'Aaron Fox",
                                                "displayName": "De'Aaron Fox",
                                                "shortName": "D. Fox",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/4066259/deaaron-fox"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/4066259.png",
                                                "jersey": "5",
                                                "position": {
                                                    "abbreviation": "PG"
                                                },
                                                "team": {
                                                    "id": "23"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "23"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "rating",
                                    "displayName": "Rating",
                                    "shortDisplayName": "RAT",
                                    "abbreviation": "RAT",
                                    "leaders": [
                                        {
                                            "displayValue": "25.4 PPG, 4.8 RPG, 6.4 APG, 1.1 SPG, 0.4 BPG",
                                            "value": 43.95714569091797,
                                            "athlete": {
                                                "id": "4066259",
                                                "fullName": "De'Aaron Fox",
                                                "displayName": "De'Aaron Fox",
                                                "shortName": "D. Fox",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/4066259/deaaron-fox"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/4066259/deaaron-fox"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/4066259.png",
                                                "jersey": "5",
                                                "position": {
                                                    "abbreviation": "PG"
                                                },
                                                "team": {
                                                    "id": "23"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "23"
                                            }
                                        }
                                    ]
                                }
                            ]
                        }
                    ],
                    "notes": [],
                    "status": {
                        "clock": 0,
                        "displayClock": "0.0",
                        "period": 0,
                        "type": {
                            "id": "1",
                            "name": "STATUS_SCHEDULED",
                            "state": "pre",
                            "completed": false,
                            "description": "Scheduled",
                            "detail": "Tue, November 22nd at 8:00 PM EST",
                            "shortDetail": "11/22 - 8:00 PM EST"
                        }
                    },
                    "broadcasts": [],
                    "format": {
                        "regulation": {
                            "periods": 4
                        }
                    },
                    "tickets": [
                        {
                            "summary": "Tickets as low as $10",
                            "numberAvailable": 101,
                            "links": [
                                {
                                    "href": "https://www.vividseats.com/memphis-grizzlies-tickets-fedex-forum-11-22-2022--sports-nba-basketball/production/4068765?wsUser=717"
                                },
                                {
                                    "href": "https://www.vividseats.com/fedex-forum-tickets/venue/3392?wsUser=717"
                                }
                            ]
                        }
                    ],
                    "startDate": "2022-11-23T01:00Z",
                    "geoBroadcasts": [],
                    "odds": [
                        {
                            "provider": {
                                "id": "45",
                                "name": "Caesars Sportsbook (New Jersey)",
                                "priority": 1
                            },
                            "details": "MEM -1.0",
                            "overUnder": 235.5
                        }
                    ]
                }
            ],
            "links": [
                {
                    "language": "en-US",
                    "rel": [
                        "summary",
                        "desktop",
                        "event"
                    ],
                    "href": "http://www.espn.com/nba/game/_/gameId/401468412",
                    "text": "Gamecast",
                    "shortText": "Gamecast",
                    "isExternal": false,
                    "isPremium": false
                }
            ],
            "status": {
                "clock": 0,
                "displayClock": "0.0",
                "period": 0,
                "type": {
                    "id": "1",
                    "name": "STATUS_SCHEDULED",
                    "state": "pre",
                    "completed": false,
                    "description": "Scheduled",
                    "detail": "Tue, November 22nd at 8:00 PM EST",
                    "shortDetail": "11/22 - 8:00 PM EST"
                }
            }
        },
        {
            "id": "401468413",
            "uid": "s:40~l:46~e:401468413",
            "date": "2022-11-23T02:00Z",
            "name": "Detroit Pistons at Denver Nuggets",
            "shortName": "DET @ DEN",
            "season": {
                "year": 2023,
                "type": 2,
                "slug": "regular-season"
            },
            "competitions": [
                {
                    "id": "401468413",
                    "uid": "s:40~l:46~e:401468413~c:401468413",
                    "date": "2022-11-23T02:00Z",
                    "attendance": 0,
                    "type": {
                        "id": "1",
                        "abbreviation": "STD"
                    },
                    "timeValid": true,
                    "neutralSite": false,
                    "conferenceCompetition": false,
                    "recent": false,
                    "venue": {
                        "id": "892",
                        "fullName": "Ball Arena",
                        "address": {
                            "city": "Denver",
                            "state": "CO"
                        },
                        "capacity": 19520,
                        "indoor": true
                    },
                    "competitors": [
                        {
                            "id": "7",
                            "uid": "s:40~l:46~t:7",
                            "type": "team",
                            "order": 0,
                            "homeAway": "home",
                            "team": {
                                "id": "7",
                                "uid": "s:40~l:46~t:7",
                                "location": "Denver",
                                "name": "Nuggets",
                                "abbreviation": "DEN",
                                "displayName": "Denver Nuggets",
                                "shortDisplayName": "Nuggets",
                                "color": "0860A8",
                                "alternateColor": "fdb927",
                                "isActive": true,
                                "venue": {
                                    "id": "892"
                                },
                                "links": [
                                    {
                                        "rel": [
                                            "clubhouse",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/_/name/den/denver-nuggets",
                                        "text": "Clubhouse",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "roster",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/roster/_/name/den/denver-nuggets",
                                        "text": "Roster",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "stats",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/stats/_/name/den/denver-nuggets",
                                        "text": "Statistics",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "schedule",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/schedule/_/name/den",
                                        "text": "Schedule",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "photos",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/photos/_/name/den",
                                        "text": "photos",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "scores",
                                            "sportscenter",
                                            "app",
                                            "team"
                                        ],
                                        "href": "sportscenter://x-callback-url/showClubhouse?uid=s:40~l:46~t:7&section=scores",
                                        "text": "Scores",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "draftpicks",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/draft/teams/_/name/den/denver-nuggets",
                                        "text": "Draft Picks",
                                        "isExternal": false,
                                        "isPremium": true
                                    },
                                    {
                                        "rel": [
                                            "transactions",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/transactions/_/name/den",
                                        "text": "Transactions",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "injuries",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/injuries/_/name/den",
                                        "text": "Injuries",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "depthchart",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/depth/_/name/den",
                                        "text": "Depth Chart",
                                        "isExternal": false,
                                        "isPremium": false
                                    }
                                ],
                                "logo": "https://a.espncdn.com/i/teamlogos/nba/500/scoreboard/den.png"
                            },
                            "score": "0",
                            "statistics": [
                                {
                                    "name": "rebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "697",
                                    "rankDisplayValue": "11th"
                                },
                                {
                                    "name": "avgRebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "43.6"
                                },
                                {
                                    "name": "assists",
                                    "abbreviation": "AST",
                                    "displayValue": "440",
                                    "rankDisplayValue": "Tied-20th"
                                },
                                {
                                    "name": "fieldGoalsAttempted",
                                    "abbreviation": "FGA",
                                    "displayValue": "1387",
                                    "rankDisplayValue": "Tied-22nd"
                                },
                                {
                                    "name": "fieldGoalsMade",
                                    "abbreviation": "FGM",
                                    "displayValue": "684",
                                    "rankDisplayValue": "Tied-13th"
                                },
                                {
                                    "name": "fieldGoalPct",
                                    "abbreviation": "FG%",
                                    "displayValue": "49.3",
                                    "rankDisplayValue": "9th"
                                },
                                {
                                    "name": "freeThrowPct",
                                    "abbreviation": "FT%",
                                    "displayValue": "75.5",
                                    "rankDisplayValue": "1st"
                                },
                                {
                                    "name": "freeThrowsAttempted",
                                    "abbreviation": "FTA",
                                    "displayValue": "331",
                                    "rankDisplayValue": "Tied-26th"
                                },
                                {
                                    "name": "freeThrowsMade",
                                    "abbreviation": "FTM",
                                    "displayValue": "250",
                                    "rankDisplayValue": "Tied-20th"
                                },
                                {
                                    "name": "points",
                                    "abbreviation": "PTS",
                                    "displayValue": "1822",
                                    "rankDisplayValue": "Tied-27th"
                                },
                                {
                                    "name": "threePointPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "40.9",
                                    "rankDisplayValue": "27th"
                                },
                                {
                                    "name": "threePointFieldGoalsAttempted",
                                    "abbreviation": "3PA",
                                    "displayValue": "499",
                                    "rankDisplayValue": "Tied-27th"
                                },
                                {
                                    "name": "threePointFieldGoalsMade",
                                    "abbreviation": "3PM",
                                    "displayValue": "204",
                                    "rankDisplayValue": "28th"
                                },
                                {
                                    "name": "avgPoints",
                                    "abbreviation": "PTS",
                                    "displayValue": "113.9"
                                },
                                {
                                    "name": "avgAssists",
                                    "abbreviation": "AST",
                                    "displayValue": "27.5"
                                },
                                {
                                    "name": "threePointFieldGoalPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "40.9"
                                }
                            ],
                            "records": [
                                {
                                    "name": "All Splits",
                                    "abbreviation": "Total",
                                    "type": "total",
                                    "summary": "10-6"
                                },
                                {
                                    "name": "Home",
                                    "type": "home",
                                    "summary": "4-1"
                                },
                                {
                                    "name": "Road",
                                    "type": "road",
                                    "summary": "6-5"
                                }
                            ],
                            "leaders": [
                                {
                                    "name": "pointsPerGame",
                                    "displayName": "Points Per Game",
                                    "shortDisplayName": "PPG",
                                    "abbreviation": "PTS",
                                    "leaders": [
                                        {
                                            "displayValue": "16.5",
                                            "value": 16.538461685180664,
                                            "athlete": {
                                                "id": "3936299",
                                                "fullName": "Jamal Murray",
                                                "displayName": "Jamal Murray",
                                                "shortName": "J. Murray",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3936299/jamal-murray"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3936299/jamal-murray"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3936299/jamal-murray"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3936299/jamal-murray"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3936299/jamal-murray"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3936299/jamal-murray"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3936299/jamal-murray"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3936299/jamal-murray"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3936299.png",
                                                "jersey": "27",
                                                "position": {
                                                    "abbreviation": "PG"
                                                },
                                                "team": {
                                                    "id": "7"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "7"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "reboundsPerGame",
                                    "displayName": "Rebounds Per Game",
                                    "shortDisplayName": "RPG",
                                    "abbreviation": "REB",
                                    "leaders": [
                                        {
                                            "displayValue": "6.8",
                                            "value": 6.846153736114502,
                                            "athlete": {
                                                "id": "3064290",
                                                "fullName": "Aaron Gordon",
                                                "displayName": "Aaron Gordon",
                                                "shortName": "A. Gordon",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3064290/aaron-gordon"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3064290.png",
                                                "jersey": "50",
                                                "position": {
                                                    "abbreviation": "PF"
                                                },
                                                "team": {
                                                    "id": "7"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "7"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "assistsPerGame",
                                    "displayName": "Assists Per Game",
                                    "shortDisplayName": "APG",
                                    "abbreviation": "AST",
                                    "leaders": [
                                        {
                                            "displayValue": "4.5",
                                            "value": 4.5,
                                            "athlete": {
                                                "id": "4065670",
                                                "fullName": "Bruce Brown",
                                                "displayName": "Bruce Brown",
                                                "shortName": "B. Brown",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/4065670/bruce-brown"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/4065670/bruce-brown"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/4065670/bruce-brown"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/4065670/bruce-brown"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/4065670/bruce-brown"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/4065670/bruce-brown"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/4065670/bruce-brown"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/4065670/bruce-brown"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/4065670.png",
                                                "jersey": "11",
                                                "position": {
                                                    "abbreviation": "SF"
                                                },
                                                "team": {
                                                    "id": "7"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "7"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "rating",
                                    "displayName": "Rating",
                                    "shortDisplayName": "RAT",
                                    "abbreviation": "RAT",
                                    "leaders": [
                                        {
                                            "displayValue": "14.5 PPG, 6.8 RPG, 2.5 APG, 0.5 SPG, 0.8 BPG",
                                            "value": 27.826923370361328,
                                            "athlete": {
                                                "id": "3064290",
                                                "fullName": "Aaron Gordon",
                                                "displayName": "Aaron Gordon",
                                                "shortName": "A. Gordon",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3064290/aaron-gordon"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3064290/aaron-gordon"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3064290.png",
                                                "jersey": "50",
                                                "position": {
                                                    "abbreviation": "PF"
                                                },
                                                "team": {
                                                    "id": "7"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "7"
                                            }
                                        }
                                    ]
                                }
                            ]
                        },
                        {
                            "id": "8",
                            "uid": "s:40~l:46~t:8",
                            "type": "team",
                            "order": 1,
                            "homeAway": "away",
                            "team": {
                                "id": "8",
                                "uid": "s:40~l:46~t:8",
                                "location": "Detroit",
                                "name": "Pistons",
                                "abbreviation": "DET",
                                "displayName": "Detroit Pistons",
                                "shortDisplayName": "Pistons",
                                "color": "FA002C",
                                "alternateColor": "006bb6",
                                "isActive": true,
                                "venue": {
                                    "id": "5311"
                                },
                                "links": [
                                    {
                                        "rel": [
                                            "clubhouse",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/_/name/det/detroit-pistons",
                                        "text": "Clubhouse",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "roster",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/roster/_/name/det/detroit-pistons",
                                        "text": "Roster",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "stats",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/stats/_/name/det/detroit-pistons",
                                        "text": "Statistics",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "schedule",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/schedule/_/name/det",
                                        "text": "Schedule",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "photos",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/photos/_/name/det",
                                        "text": "photos",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "scores",
                                            "sportscenter",
                                            "app",
                                            "team"
                                        ],
                                        "href": "sportscenter://x-callback-url/showClubhouse?uid=s:40~l:46~t:8&section=scores",
                                        "text": "Scores",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "draftpicks",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/draft/teams/_/name/det/detroit-pistons",
                                        "text": "Draft Picks",
                                        "isExternal": false,
                                        "isPremium": true
                                    },
                                    {
                                        "rel": [
                                            "transactions",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/transactions/_/name/det",
                                        "text": "Transactions",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "injuries",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/injuries/_/name/det",
                                        "text": "Injuries",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "depthchart",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/depth/_/name/det",
                                        "text": "Depth Chart",
                                        "isExternal": false,
                                        "isPremium": false
                                    }
                                ],
                                "logo": "https://a.espncdn.com/i/teamlogos/nba/500/scoreboard/det.png"
                            },
                            "score": "0",
                            "statistics": [
                                {
                                    "name": "rebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "778",
                                    "rankDisplayValue": "Tied-35th"
                                },
                                {
                                    "name": "avgRebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "43.2"
                                },
                                {
                                    "name": "assists",
                                    "abbreviation": "AST",
                                    "displayValue": "378",
                                    "rankDisplayValue": "Tied-1st"
                                },
                                {
                                    "name": "fieldGoalsAttempted",
                                    "abbreviation": "FGA",
                                    "displayValue": "1578",
                                    "rankDisplayValue": "Tied-9th"
                                },
                                {
                                    "name": "fieldGoalsMade",
                                    "abbreviation": "FGM",
                                    "displayValue": "684",
                                    "rankDisplayValue": "Tied-13th"
                                },
                                {
                                    "name": "fieldGoalPct",
                                    "abbreviation": "FG%",
                                    "displayValue": "43.3",
                                    "rankDisplayValue": "Tied-20th"
                                },
                                {
                                    "name": "freeThrowPct",
                                    "abbreviation": "FT%",
                                    "displayValue": "78.1",
                                    "rankDisplayValue": "Tied-11th"
                                },
                                {
                                    "name": "freeThrowsAttempted",
                                    "abbreviation": "FTA",
                                    "displayValue": "517",
                                    "rankDisplayValue": "Tied-12th"
                                },
                                {
                                    "name": "freeThrowsMade",
                                    "abbreviation": "FTM",
                                    "displayValue": "404",
                                    "rankDisplayValue": "Tied-12th"
                                },
                                {
                                    "name": "points",
                                    "abbreviation": "PTS",
                                    "displayValue": "1969",
                                    "rankDisplayValue": "13th"
                                },
                                {
                                    "name": "threePointPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "32.9",
                                    "rankDisplayValue": "10th"
                                },
                                {
                                    "name": "threePointFieldGoalsAttempted",
                                    "abbreviation": "3PA",
                                    "displayValue": "598",
                                    "rankDisplayValue": "Tied-7th"
                                },
                                {
                                    "name": "threePointFieldGoalsMade",
                                    "abbreviation": "3PM",
                                    "displayValue": "197",
                                    "rankDisplayValue": "Tied-6th"
                                },
                                {
                                    "name": "avgPoints",
                                    "abbreviation": "PTS",
                                    "displayValue": "109.4"
                                },
                                {
                                    "name": "avgAssists",
                                    "abbreviation": "AST",
                                    "displayValue": "21.0"
                                },
                                {
                                    "name": "threePointFieldGoalPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "32.9"
                                }
                            ],
                            "records": [
                                {
                                    "name": "All Splits",
                                    "abbreviation": "Total",
                                    "type": "total",
                                    "summary": "3-15"
                                },
                                {
                                    "name": "Home",
                                    "type": "home",
                                    "summary": "3-5"
                                },
                                {
                                    "name": "Road",
                                    "type": "road",
                                    "summary": "0-10"
                                }
                            ],
                            "leaders": [
                                {
                                    "name": "pointsPerGame",
                                    "displayName": "Points Per Game",
                                    "shortDisplayName": "PPG",
                                    "abbreviation": "PTS",
                                    "leaders": [
                                        {
                                            "displayValue": "20.5",
                                            "value": 20.5,
                                            "athlete": {
                                                "id": "3593",
                                                "fullName": "Bojan Bogdanovic",
                                                "displayName": "Bojan Bogdanovic",
                                                "shortName": "B. Bogdanovic",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3593/bojan-bogdanovic"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3593.png",
                                                "jersey": "44",
                                                "position": {
                                                    "abbreviation": "SF"
                                                },
                                                "team": {
                                                    "id": "8"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "8"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "reboundsPerGame",
                                    "displayName": "Rebounds Per Game",
                                    "shortDisplayName": "RPG",
                                    "abbreviation": "REB",
                                    "leaders": [
                                        {
                                            "displayValue": "7.5",
                                            "value": 7.4666666984558105,
                                            "athlete": {
                                                "id": "4433621",
                                                "fullName": "Jalen Duren",
                                                "displayName": "Jalen Duren",
                                                "shortName": "J. Duren",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/4433621/jalen-duren"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/4433621/jalen-duren"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/4433621/jalen-duren"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/4433621/jalen-duren"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/4433621/jalen-duren"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/4433621/jalen-duren"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/4433621/jalen-duren"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/4433621/jalen-duren"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/4433621.png",
                                                "jersey": "0",
                                                "position": {
                                                    "abbreviation": "C"
                                                },
                                                "team": {
                                                    "id": "8"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "8"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "assistsPerGame",
                                    "displayName": "Assists Per Game",
                                    "shortDisplayName": "APG",
                                    "abbreviation": "AST",
                                    "leaders": [
                                        {
                                            "displayValue": "4.1",
                                            "value": 4.117647171020508,
                                            "athlete": {
                                                "id": "4433218",
                                                "fullName": "Jaden Ivey",
                                                "displayName": "Jaden Ivey",
                                                "shortName": "J. Ivey",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/4433218/jaden-ivey"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/4433218/jaden-ivey"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/4433218/jaden-ivey"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/4433218/jaden-ivey"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/4433218/jaden-ivey"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/4433218/jaden-ivey"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/4433218/jaden-ivey"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/4433218/jaden-ivey"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/4433218.png",
                                                "jersey": "23",
                                                "position": {
                                                    "abbreviation": "PG"
                                                },
                                                "team": {
                                                    "id": "8"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "8"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "rating",
                                    "displayName": "Rating",
                                    "shortDisplayName": "RAT",
                                    "abbreviation": "RAT",
                                    "leaders": [
                                        {
                                            "displayValue": "20.5 PPG, 3.6 RPG, 2.3 APG, 0.4 SPG",
                                            "value": 29.79166603088379,
                                            "athlete": {
                                                "id": "3593",
                                                "fullName": "Bojan Bogdanovic",
                                                "displayName": "Bojan Bogdanovic",
                                                "shortName": "B. Bogdanovic",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3593/bojan-bogdanovic"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3593/bojan-bogdanovic"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3593.png",
                                                "jersey": "44",
                                                "position": {
                                                    "abbreviation": "SF"
                                                },
                                                "team": {
                                                    "id": "8"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "8"
                                            }
                                        }
                                    ]
                                }
                            ]
                        }
                    ],
                    "notes": [],
                    "status": {
                        "clock": 0,
                        "displayClock": "0.0",
                        "period": 0,
                        "type": {
                            "id": "1",
                            "name": "STATUS_SCHEDULED",
                            "state": "pre",
                            "completed": false,
                            "description": "Scheduled",
                            "detail": "Tue, November 22nd at 9:00 PM EST",
                            "shortDetail": "11/22 - 9:00 PM EST"
                        }
                    },
                    "broadcasts": [],
                    "format": {
                        "regulation": {
                            "periods": 4
                        }
                    },
                    "tickets": [
                        {
                            "summary": "Tickets as low as $34",
                            "numberAvailable": 245,
                            "links": [
                                {
                                    "href": "https://www.vividseats.com/denver-nuggets-tickets-ball-arena-11-22-2022--sports-nba-basketball/production/4068022?wsUser=717"
                                },
                                {
                                    "href": "https://www.vividseats.com/ball-arena-tickets/venue/1315?wsUser=717"
                                }
                            ]
                        }
                    ],
                    "startDate": "2022-11-23T02:00Z",
                    "geoBroadcasts": [],
                    "odds": [
                        {
                            "provider": {
                                "id": "45",
                                "name": "Caesars Sportsbook (New Jersey)",
                                "priority": 1
                            },
                            "details": "DEN -9.5",
                            "overUnder": 226
                        }
                    ]
                }
            ],
            "links": [
                {
                    "language": "en-US",
                    "rel": [
                        "summary",
                        "desktop",
                        "event"
                    ],
                    "href": "http://www.espn.com/nba/game/_/gameId/401468413",
                    "text": "Gamecast",
                    "shortText": "Gamecast",
                    "isExternal": false,
                    "isPremium": false
                }
            ],
            "status": {
                "clock": 0,
                "displayClock": "0.0",
                "period": 0,
                "type": {
                    "id": "1",
                    "name": "STATUS_SCHEDULED",
                    "state": "pre",
                    "completed": false,
                    "description": "Scheduled",
                    "detail": "Tue, November 22nd at 9:00 PM EST",
                    "shortDetail": "11/22 - 9:00 PM EST"
                }
            }
        },
        {
            "id": "401468414",
            "uid": "s:40~l:46~e:401468414",
            "date": "2022-11-23T03:00Z",
            "name": "Los Angeles Lakers at Phoenix Suns",
            "shortName": "LAL @ PHX",
            "season": {
                "year": 2023,
                "type": 2,
                "slug": "regular-season"
            },
            "competitions": [
                {
                    "id": "401468414",
                    "uid": "s:40~l:46~e:401468414~c:401468414",
                    "date": "2022-11-23T03:00Z",
                    "attendance": 0,
                    "type": {
                        "id": "1",
                        "abbreviation": "STD"
                    },
                    "timeValid": true,
                    "neutralSite": false,
                    "conferenceCompetition": false,
                    "recent": false,
                    "venue": {
                        "id": "1949",
                        "fullName": "Footprint Center",
                        "address": {
                            "city": "Phoenix",
                            "state": "AZ"
                        },
                        "capacity": 17071,
                        "indoor": true
                    },
                    "competitors": [
                        {
                            "id": "21",
                            "uid": "s:40~l:46~t:21",
                            "type": "team",
                            "order": 0,
                            "homeAway": "home",
                            "team": {
                                "id": "21",
                                "uid": "s:40~l:46~t:21",
                                "location": "Phoenix",
                                "name": "Suns",
                                "abbreviation": "PHX",
                                "displayName": "Phoenix Suns",
                                "shortDisplayName": "Suns",
                                "color": "23006a",
                                "alternateColor": "f1f2f3",
                                "isActive": true,
                                "venue": {
                                    "id": "1949"
                                },
                                "links": [
                                    {
                                        "rel": [
                                            "clubhouse",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/_/name/phx/phoenix-suns",
                                        "text": "Clubhouse",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "roster",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/roster/_/name/phx/phoenix-suns",
                                        "text": "Roster",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "stats",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/stats/_/name/phx/phoenix-suns",
                                        "text": "Statistics",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "schedule",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/schedule/_/name/phx",
                                        "text": "Schedule",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "photos",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/photos/_/name/phx",
                                        "text": "photos",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "scores",
                                            "sportscenter",
                                            "app",
                                            "team"
                                        ],
                                        "href": "sportscenter://x-callback-url/showClubhouse?uid=s:40~l:46~t:21&section=scores",
                                        "text": "Scores",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "draftpicks",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/draft/teams/_/name/phx/phoenix-suns",
                                        "text": "Draft Picks",
                                        "isExternal": false,
                                        "isPremium": true
                                    },
                                    {
                                        "rel": [
                                            "transactions",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/transactions/_/name/phx",
                                        "text": "Transactions",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "injuries",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/injuries/_/name/phx",
                                        "text": "Injuries",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "depthchart",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/depth/_/name/phx",
                                        "text": "Depth Chart",
                                        "isExternal": false,
                                        "isPremium": false
                                    }
                                ],
                                "logo": "https://a.espncdn.com/i/teamlogos/nba/500/scoreboard/phx.png"
                            },
                            "score": "0",
                            "statistics": [
                                {
                                    "name": "rebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "683",
                                    "rankDisplayValue": "Tied-39th"
                                },
                                {
                                    "name": "avgRebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "42.7"
                                },
                                {
                                    "name": "assists",
                                    "abbreviation": "AST",
                                    "displayValue": "448",
                                    "rankDisplayValue": "Tied-10th"
                                },
                                {
                                    "name": "fieldGoalsAttempted",
                                    "abbreviation": "FGA",
                                    "displayValue": "1439",
                                    "rankDisplayValue": "Tied-20th"
                                },
                                {
                                    "name": "fieldGoalsMade",
                                    "abbreviation": "FGM",
                                    "displayValue": "679",
                                    "rankDisplayValue": "Tied-13th"
                                },
                                {
                                    "name": "fieldGoalPct",
                                    "abbreviation": "FG%",
                                    "displayValue": "47.2",
                                    "rankDisplayValue": "10th"
                                },
                                {
                                    "name": "freeThrowPct",
                                    "abbreviation": "FT%",
                                    "displayValue": "82.7",
                                    "rankDisplayValue": "4th"
                                },
                                {
                                    "name": "freeThrowsAttempted",
                                    "abbreviation": "FTA",
                                    "displayValue": "336",
                                    "rankDisplayValue": "Tied-20th"
                                },
                                {
                                    "name": "freeThrowsMade",
                                    "abbreviation": "FTM",
                                    "displayValue": "278",
                                    "rankDisplayValue": "Tied-12th"
                                },
                                {
                                    "name": "points",
                                    "abbreviation": "PTS",
                                    "displayValue": "1841",
                                    "rankDisplayValue": "Tied-22nd"
                                },
                                {
                                    "name": "threePointPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "37.9",
                                    "rankDisplayValue": "12th"
                                },
                                {
                                    "name": "threePointFieldGoalsAttempted",
                                    "abbreviation": "3PA",
                                    "displayValue": "541",
                                    "rankDisplayValue": "Tied-27th"
                                },
                                {
                                    "name": "threePointFieldGoalsMade",
                                    "abbreviation": "3PM",
                                    "displayValue": "205",
                                    "rankDisplayValue": "25th"
                                },
                                {
                                    "name": "avgPoints",
                                    "abbreviation": "PTS",
                                    "displayValue": "115.1"
                                },
                                {
                                    "name": "avgAssists",
                                    "abbreviation": "AST",
                                    "displayValue": "28.0"
                                },
                                {
                                    "name": "threePointFieldGoalPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "37.9"
                                }
                            ],
                            "records": [
                                {
                                    "name": "All Splits",
                                    "abbreviation": "Total",
                                    "type": "total",
                                    "summary": "10-6"
                                },
                                {
                                    "name": "Home",
                                    "type": "home",
                                    "summary": "8-1"
                                },
                                {
                                    "name": "Road",
                                    "type": "road",
                                    "summary": "2-5"
                                }
                            ],
                            "leaders": [
                                {
                                    "name": "pointsPerGame",
                                    "displayName": "Points Per Game",
                                    "shortDisplayName": "PPG",
                                    "abbreviation": "PTS",
                                    "leaders": [
                                        {
                                            "displayValue": "27.6",
                                            "value": 27.5625,
                                            "athlete": {
                                                "id": "3136193",
                                                "fullName": "Devin Booker",
                                                "displayName": "Devin Booker",
                                                "shortName": "D. Booker",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3136193/devin-booker"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3136193.png",
                                                "jersey": "1",
                                                "position": {
                                                    "abbreviation": "SG"
                                                },
                                                "team": {
                                                    "id": "21"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "21"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "reboundsPerGame",
                                    "displayName": "Rebounds Per Game",
                                    "shortDisplayName": "RPG",
                                    "abbreviation": "REB",
                                    "leaders": [
                                        {
                                            "displayValue": "8.1",
                                            "value": 8.071428298950195,
                                            "athlete": {
                                                "id": "4278129",
                                                "fullName": "Deandre Ayton",
                                                "displayName": "Deandre Ayton",
                                                "shortName": "D. Ayton",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/4278129/deandre-ayton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/4278129/deandre-ayton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/4278129/deandre-ayton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/4278129/deandre-ayton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/4278129/deandre-ayton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/4278129/deandre-ayton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/4278129/deandre-ayton"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/4278129/deandre-ayton"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/4278129.png",
                                                "jersey": "22",
                                                "position": {
                                                    "abbreviation": "C"
                                                },
                                                "team": {
                                                    "id": "21"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "21"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "assistsPerGame",
                                    "displayName": "Assists Per Game",
                                    "shortDisplayName": "APG",
                                    "abbreviation": "AST",
                                    "leaders": [
                                        {
                                            "displayValue": "5.9",
                                            "value": 5.875,
                                            "athlete": {
                                                "id": "3136193",
                                                "fullName": "Devin Booker",
                                                "displayName": "Devin Booker",
                                                "shortName": "D. Booker",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3136193/devin-booker"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3136193.png",
                                                "jersey": "1",
                                                "position": {
                                                    "abbreviation": "SG"
                                                },
                                                "team": {
                                                    "id": "21"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "21"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "rating",
                                    "displayName": "Rating",
                                    "shortDisplayName": "RAT",
                                    "abbreviation": "RAT",
                                    "leaders": [
                                        {
                                            "displayValue": "27.6 PPG, 4.8 RPG, 5.9 APG, 1.0 SPG, 0.6 BPG",
                                            "value": 43.974998474121094,
                                            "athlete": {
                                                "id": "3136193",
                                                "fullName": "Devin Booker",
                                                "displayName": "Devin Booker",
                                                "shortName": "D. Booker",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3136193/devin-booker"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3136193/devin-booker"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3136193.png",
                                                "jersey": "1",
                                                "position": {
                                                    "abbreviation": "SG"
                                                },
                                                "team": {
                                                    "id": "21"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "21"
                                            }
                                        }
                                    ]
                                }
                            ]
                        },
                        {
                            "id": "13",
                            "uid": "s:40~l:46~t:13",
                            "type": "team",
                            "order": 1,
                            "homeAway": "away",
                            "team": {
                                "id": "13",
                                "uid": "s:40~l:46~t:13",
                                "location": "Los Angeles",
                                "name": "Lakers",
                                "abbreviation": "LAL",
                                "displayName": "Los Angeles Lakers",
                                "shortDisplayName": "Lakers",
                                "color": "542582",
                                "alternateColor": "552582",
                                "isActive": true,
                                "venue": {
                                    "id": "1841"
                                },
                                "links": [
                                    {
                                        "rel": [
                                            "clubhouse",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/_/name/lal/los-angeles-lakers",
                                        "text": "Clubhouse",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "roster",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/roster/_/name/lal/los-angeles-lakers",
                                        "text": "Roster",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "stats",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/stats/_/name/lal/los-angeles-lakers",
                                        "text": "Statistics",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "schedule",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/schedule/_/name/lal",
                                        "text": "Schedule",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "photos",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/photos/_/name/lal",
                                        "text": "photos",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "scores",
                                            "sportscenter",
                                            "app",
                                            "team"
                                        ],
                                        "href": "sportscenter://x-callback-url/showClubhouse?uid=s:40~l:46~t:13&section=scores",
                                        "text": "Scores",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "draftpicks",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/draft/teams/_/name/lal/los-angeles-lakers",
                                        "text": "Draft Picks",
                                        "isExternal": false,
                                        "isPremium": true
                                    },
                                    {
                                        "rel": [
                                            "transactions",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "http://www.espn.com/nba/team/transactions/_/name/lal",
                                        "text": "Transactions",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "injuries",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/injuries/_/name/lal",
                                        "text": "Injuries",
                                        "isExternal": false,
                                        "isPremium": false
                                    },
                                    {
                                        "rel": [
                                            "depthchart",
                                            "desktop",
                                            "team"
                                        ],
                                        "href": "https://www.espn.com/nba/team/depth/_/name/lal",
                                        "text": "Depth Chart",
                                        "isExternal": false,
                                        "isPremium": false
                                    }
                                ],
                                "logo": "https://a.espncdn.com/i/teamlogos/nba/500/scoreboard/lal.png"
                            },
                            "score": "0",
                            "statistics": [
                                {
                                    "name": "rebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "678",
                                    "rankDisplayValue": "3rd"
                                },
                                {
                                    "name": "avgRebounds",
                                    "abbreviation": "REB",
                                    "displayValue": "45.2"
                                },
                                {
                                    "name": "assists",
                                    "abbreviation": "AST",
                                    "displayValue": "363",
                                    "rankDisplayValue": "3rd"
                                },
                                {
                                    "name": "fieldGoalsAttempted",
                                    "abbreviation": "FGA",
                                    "displayValue": "1335",
                                    "rankDisplayValue": "2nd"
                                },
                                {
                                    "name": "fieldGoalsMade",
                                    "abbreviation": "FGM",
                                    "displayValue": "616",
                                    "rankDisplayValue": "Tied-3rd"
                                },
                                {
                                    "name": "fieldGoalPct",
                                    "abbreviation": "FG%",
                                    "displayValue": "46.1",
                                    "rankDisplayValue": "4th"
                                },
                                {
                                    "name": "freeThrowPct",
                                    "abbreviation": "FT%",
                                    "displayValue": "80.2",
                                    "rankDisplayValue": "3rd"
                                },
                                {
                                    "name": "freeThrowsAttempted",
                                    "abbreviation": "FTA",
                                    "displayValue": "363",
                                    "rankDisplayValue": "3rd"
                                },
                                {
                                    "name": "freeThrowsMade",
                                    "abbreviation": "FTM",
                                    "displayValue": "291",
                                    "rankDisplayValue": "3rd"
                                },
                                {
                                    "name": "points",
                                    "abbreviation": "PTS",
                                    "displayValue": "1666",
                                    "rankDisplayValue": "4th"
                                },
                                {
                                    "name": "threePointPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "31.2",
                                    "rankDisplayValue": "4th"
                                },
                                {
                                    "name": "threePointFieldGoalsAttempted",
                                    "abbreviation": "3PA",
                                    "displayValue": "458",
                                    "rankDisplayValue": "2nd"
                                },
                                {
                                    "name": "threePointFieldGoalsMade",
                                    "abbreviation": "3PM",
                                    "displayValue": "143",
                                    "rankDisplayValue": "4th"
                                },
                                {
                                    "name": "avgPoints",
                                    "abbreviation": "PTS",
                                    "displayValue": "111.1"
                                },
                                {
                                    "name": "avgAssists",
                                    "abbreviation": "AST",
                                    "displayValue": "24.2"
                                },
                                {
                                    "name": "threePointFieldGoalPct",
                                    "abbreviation": "3P%",
                                    "displayValue": "31.2",
                                    "rankDisplayValue": "2nd"
                                }
                            ],
                            "records": [
                                {
                                    "name": "All Splits",
                                    "abbreviation": "Total",
                                    "type": "total",
                                    "summary": "5-10"
                                },
                                {
                                    "name": "Home",
                                    "type": "home",
                                    "summary": "5-5"
                                },
                                {
                                    "name": "Road",
                                    "type": "road",
                                    "summary": "0-5"
                                }
                            ],
                            "leaders": [
                                {
                                    "name": "pointsPerGame",
                                    "displayName": "Points Per Game",
                                    "shortDisplayName": "PPG",
                                    "abbreviation": "PTS",
                                    "leaders": [
                                        {
                                            "displayValue": "25.6",
                                            "value": 25.64285659790039,
                                            "athlete": {
                                                "id": "6583",
                                                "fullName": "Anthony Davis",
                                                "displayName": "Anthony Davis",
                                                "shortName": "A. Davis",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/6583/anthony-davis"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/6583.png",
                                                "jersey": "3",
                                                "position": {
                                                    "abbreviation": "PF"
                                                },
                                                "team": {
                                                    "id": "13"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "13"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "reboundsPerGame",
                                    "displayName": "Rebounds Per Game",
                                    "shortDisplayName": "RPG",
                                    "abbreviation": "REB",
                                    "leaders": [
                                        {
                                            "displayValue": "12.0",
                                            "value": 12,
                                            "athlete": {
                                                "id": "6583",
                                                "fullName": "Anthony Davis",
                                                "displayName": "Anthony Davis",
                                                "shortName": "A. Davis",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/6583/anthony-davis"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/6583.png",
                                                "jersey": "3",
                                                "position": {
                                                    "abbreviation": "PF"
                                                },
                                                "team": {
                                                    "id": "13"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "13"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "assistsPerGame",
                                    "displayName": "Assists Per Game",
                                    "shortDisplayName": "APG",
                                    "abbreviation": "AST",
                                    "leaders": [
                                        {
                                            "displayValue": "7.7",
                                            "value": 7.714285850524902,
                                            "athlete": {
                                                "id": "3468",
                                                "fullName": "Russell Westbrook",
                                                "displayName": "Russell Westbrook",
                                                "shortName": "R. Westbrook",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/3468/russell-westbrook"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/3468/russell-westbrook"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/3468/russell-westbrook"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/3468/russell-westbrook"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/3468/russell-westbrook"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/3468/russell-westbrook"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/3468/russell-westbrook"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/3468/russell-westbrook"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/3468.png",
                                                "jersey": "0",
                                                "position": {
                                                    "abbreviation": "PG"
                                                },
                                                "team": {
                                                    "id": "13"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "13"
                                            }
                                        }
                                    ]
                                },
                                {
                                    "name": "rating",
                                    "displayName": "Rating",
                                    "shortDisplayName": "RAT",
                                    "abbreviation": "RAT",
                                    "leaders": [
                                        {
                                            "displayValue": "25.6 PPG, 12.0 RPG, 2.4 APG, 1.4 SPG, 1.9 BPG",
                                            "value": 47.960716247558594,
                                            "athlete": {
                                                "id": "6583",
                                                "fullName": "Anthony Davis",
                                                "displayName": "Anthony Davis",
                                                "shortName": "A. Davis",
                                                "links": [
                                                    {
                                                        "rel": [
                                                            "playercard",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "https://www.espn.com/nba/player/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "stats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/stats/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "splits",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/splits/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "gamelog",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/gamelog/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "news",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/news/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "bio",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/bio/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "overview",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/_/id/6583/anthony-davis"
                                                    },
                                                    {
                                                        "rel": [
                                                            "advancedstats",
                                                            "desktop",
                                                            "athlete"
                                                        ],
                                                        "href": "http://www.espn.com/nba/player/advancedstats/_/id/6583/anthony-davis"
                                                    }
                                                ],
                                                "headshot": "https://a.espncdn.com/i/headshots/nba/players/full/6583.png",
                                                "jersey": "3",
                                                "position": {
                                                    "abbreviation": "PF"
                                                },
                                                "team": {
                                                    "id": "13"
                                                },
                                                "active": true
                                            },
                                            "team": {
                                                "id": "13"
                                            }
                                        }
                                    ]
                                }
                            ]
                        }
                    ],
                    "notes": [],
                    "status": {
                        "clock": 0,
                        "displayClock": "0.0",
                        "period": 0,
                        "type": {
                            "id": "1",
                            "name": "STATUS_SCHEDULED",
                            "state": "pre",
                            "completed": false,
                            "description": "Scheduled",
                            "detail": "Tue, November 22nd at 10:00 PM EST",
                            "shortDetail": "11/22 - 10:00 PM EST"
                        }
                    },
                    "broadcasts": [
                        {
                            "market": "national",
                            "names": [
                                "TNT"
                            ]
                        }
                    ],
                    "format": {
                        "regulation": {
                            "periods": 4
                        }
                    },
                    "tickets": [
                        {
                            "summary": "Tickets as low as $56",
                            "numberAvailable": 819,
                            "links": [
                                {
                                    "href": "https://www.vividseats.com/phoenix-suns-tickets-footprint-center-11-22-2022--sports-nba-basketball/production/4069054?wsUser=717"
                                },
                                {
                                    "href": "https://www.vividseats.com/footprint-center-tickets/venue/55?wsUser=717"
                                }
                            ]
                        }
                    ],
                    "startDate": "2022-11-23T03:00Z",
                    "geoBroadcasts": [
                        {
                            "type": {
                                "id": "1",
                                "shortName": "TV"
                            },
                            "market": {
                                "id": "1",
                                "type": "National"
                            },
                            "media": {
                                "shortName": "TNT"
                            },
                            "lang": "en",
                            "region": "us"
                        }
                    ],
                    "odds": [
                        {
                            "provider": {
                                "id": "45",
                                "name": "Caesars Sportsbook (New Jersey)",
                                "priority": 1
                            },
                            "details": "PHX -9.5",
                            "overUnder": 227
                        }
                    ]
                }
            ],
            "links": [
                {
                    "language": "en-US",
                    "rel": [
                        "summary",
                        "desktop",
                        "event"
                    ],
                    "href": "http://www.espn.com/nba/game/_/gameId/401468414",
                    "text": "Gamecast",
                    "shortText": "Gamecast",
                    "isExternal": false,
                    "isPremium": false
                }
            ],
            "status": {
                "clock": 0,
                "displayClock": "0.0",
                "period": 0,
                "type": {
                    "id": "1",
                    "name": "STATUS_SCHEDULED",
                    "state": "pre",
                    "completed": false,
                    "description": "Scheduled",
                    "detail": "Tue, November 22nd at 10:00 PM EST",
                    "shortDetail": "11/22 - 10:00 PM EST"
                }
            }
        }
    ]
}