export const mockOrlandoVsCleveland = {
    "id": "f54c4a22568ce9dc33fb410d1b0e75e9",
    "sport_key": "basketball_nba",
    "sport_title": "NBA",
    "commence_time": "2024-02-23T00:00:00Z",
    "home_team": "Cleveland Cavaliers",
    "away_team": "Orlando Magic",
    "bookmakers": [
        {
            "key": "draftkings",
            "title": "DraftKings",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-22T23:55:07Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Caris LeVert",
                            "price": -130,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Caris LeVert",
                            "price": 100,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -120,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": -110,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -110,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": 100,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -130,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -135,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": 105,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Harris",
                            "price": -110,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Harris",
                            "price": -120,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Georges Niang",
                            "price": -110,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Georges Niang",
                            "price": -120,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": -105,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -125,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -125,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -105,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": -120,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -110,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Jonathan Isaac",
                            "price": -130,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Jonathan Isaac",
                            "price": 100,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": 100,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": -130,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Moritz Wagner",
                            "price": -120,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Moritz Wagner",
                            "price": -110,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -140,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": 110,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Sam Merrill",
                            "price": -105,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Sam Merrill",
                            "price": -125,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -135,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": 105,
                            "point": 10.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "mybookieag",
            "title": "MyBookie.ag",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-22T23:55:50Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -135,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": 100,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Moritz Wagner",
                            "price": -115,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Moritz Wagner",
                            "price": -115,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Jonathan Isaac",
                            "price": -105,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Jonathan Isaac",
                            "price": -130,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -120,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -115,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -115,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -115,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -125,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -110,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -125,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": -110,
                            "point": 10.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "fanduel",
            "title": "FanDuel",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-22T23:54:24Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -110,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -110,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Georges Niang",
                            "price": 100,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Georges Niang",
                            "price": -122,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Jonathan Isaac",
                            "price": -110,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Jonathan Isaac",
                            "price": -110,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Moritz Wagner",
                            "price": -124,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Moritz Wagner",
                            "price": 102,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Caris LeVert",
                            "price": 106,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Caris LeVert",
                            "price": -130,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -120,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": -102,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": -105,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -115,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": -102,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": -120,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Harris",
                            "price": 104,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Harris",
                            "price": -128,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Sam Merrill",
                            "price": -105,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Sam Merrill",
                            "price": -115,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -122,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": 100,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -102,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": 102,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -124,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": 104,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -128,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": 106,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -130,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": -110,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -110,
                            "point": 16.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "bovada",
            "title": "Bovada",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-22T23:55:34Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Caris LeVert",
                            "price": -145,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Caris LeVert",
                            "price": 110,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -120,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": -110,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -110,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": 105,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -135,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -135,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": 105,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Harris",
                            "price": -110,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Harris",
                            "price": -120,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Georges Niang",
                            "price": -110,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Georges Niang",
                            "price": -120,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": -105,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -125,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -125,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -105,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": -110,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -120,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Jonathan Isaac",
                            "price": -130,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Jonathan Isaac",
                            "price": 100,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": 100,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": -130,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Moritz Wagner",
                            "price": -110,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Moritz Wagner",
                            "price": -120,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -150,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": 115,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Sam Merrill",
                            "price": -105,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Sam Merrill",
                            "price": -125,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -150,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": 115,
                            "point": 10.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "williamhill_us",
            "title": "Caesars",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-22T23:55:32Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -148,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": 108,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": -104,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": -131,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -117,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -117,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": -119,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -115,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": -106,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -129,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -121,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": -113,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -133,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": -103,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Harris",
                            "price": -115,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Harris",
                            "price": -119,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -123,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -111,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Georges Niang",
                            "price": -109,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Georges Niang",
                            "price": -125,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -125,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -109,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Caris LeVert",
                            "price": -135,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Caris LeVert",
                            "price": -101,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": -101,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -135,
                            "point": 10.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "betmgm",
            "title": "BetMGM",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-22T23:55:35Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -125,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": -105,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -120,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -110,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -130,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -105,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -140,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": 110,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -130,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": -105,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "J. Isaac",
                            "price": -130,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "J. Isaac",
                            "price": -105,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Moritz Wagner",
                            "price": -120,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Moritz Wagner",
                            "price": -115,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": -120,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -110,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Harris",
                            "price": -115,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Harris",
                            "price": -115,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Joe Ingles",
                            "price": 110,
                            "point": 3.5
                        },
                        {
                            "name": "Under",
                            "description": "Joe Ingles",
                            "price": -150,
                            "point": 3.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": 100,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": -130,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Georges Niang",
                            "price": -110,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Georges Niang",
                            "price": -120,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Caris LeVert",
                            "price": -135,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Caris LeVert",
                            "price": 100,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -110,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": -110,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -120,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": -105,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -130,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Sam Merrill",
                            "price": -105,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Sam Merrill",
                            "price": -125,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Dean Wade",
                            "price": 110,
                            "point": 3.5
                        },
                        {
                            "name": "Under",
                            "description": "Dean Wade",
                            "price": -145,
                            "point": 3.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "betonlineag",
            "title": "BetOnline.ag",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-22T23:55:25Z",
                    "outcomes": [
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -106,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -122,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -123,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": -104,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -114,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -114,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -133,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": 103,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Jonathan Isaac",
                            "price": -125,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Jonathan Isaac",
                            "price": -103,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -116,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -111,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Moritz Wagner",
                            "price": -114,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Moritz Wagner",
                            "price": -114,
                            "point": 7.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "unibet_us",
            "title": "Unibet",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-22T23:54:18Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -122,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -109,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -177,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": 125,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -132,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": 100,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": 104,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -137,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -124,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -108,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -124,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -107,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": -186,
                            "point": 15.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": 130,
                            "point": 15.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": -295,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": 185,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": -124,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -108,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": -210,
                            "point": 14.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": 143,
                            "point": 14.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": -200,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": 138,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": 104,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -139,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -275,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": 170,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": -315,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": 190,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -200,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": 138,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -165,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": 118,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -315,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": 190,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": -148,
                            "point": 15.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": 108,
                            "point": 15.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": 102,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -136,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -220,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": 148,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": 143,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": -210,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": 160,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -245,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": 143,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -210,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": 130,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -182,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": -245,
                            "point": 14.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": 160,
                            "point": 14.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -225,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": 148,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -315,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": 190,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": 102,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": -136,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": 140,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -205,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": -136,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": 102,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": -109,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -122,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": 128,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -182,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -305,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": 188,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": 106,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": -141,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -159,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": 116,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": 160,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -250,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": 110,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -148,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": 120,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -165,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -286,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": 180,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -210,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": 143,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -155,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": 112,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": 185,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": -305,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": 133,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": -190,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -107,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": -124,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -265,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": 170,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -162,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": 117,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": 200,
                            "point": 24.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -335,
                            "point": 24.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": 190,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": -315,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": 188,
                            "point": 14.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -305,
                            "point": 14.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": 200,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -335,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -112,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": 132,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -190,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": 107,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -143,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": 155,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -235,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": 165,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -250,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": 133,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": -195,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": 175,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -278,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": -130,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -103,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": 145,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -215,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": 108,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -143,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": -200,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": 138,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": 200,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -335,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": -315,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": 195,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": 200,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -335,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": 205,
                            "point": 24.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -360,
                            "point": 24.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": 175,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": -278,
                            "point": 13.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "betrivers",
            "title": "BetRivers",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-22T23:55:47Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -122,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -109,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -177,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": 125,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -132,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": 100,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": 104,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -137,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -124,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -108,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -124,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -107,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": -186,
                            "point": 15.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": 130,
                            "point": 15.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": -295,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": 185,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": -124,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -108,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": -210,
                            "point": 14.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": 143,
                            "point": 14.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": -200,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": 138,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": 104,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -139,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -275,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": 170,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": -315,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": 190,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -200,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": 138,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -165,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": 118,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -315,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": 190,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": -148,
                            "point": 15.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": 108,
                            "point": 15.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": 102,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -136,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -220,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": 148,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": 143,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": -210,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": 160,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -245,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": 143,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -210,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": 130,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -182,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": -245,
                            "point": 14.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": 160,
                            "point": 14.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -225,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": 148,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": -315,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": 190,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": 102,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": -136,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": 140,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -205,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": -136,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": 102,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": -109,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -122,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": 128,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -182,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -305,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": 188,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": 106,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": -141,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -159,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": 116,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": 160,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -250,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": 110,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -148,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": 120,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -165,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -286,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": 180,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -210,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": 143,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -155,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": 112,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": 185,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": -305,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": 133,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": -190,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -107,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": -124,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -265,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": 170,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -162,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": 117,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": 200,
                            "point": 24.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -335,
                            "point": 24.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter Jr.",
                            "price": 190,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter Jr.",
                            "price": -315,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": 188,
                            "point": 14.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -305,
                            "point": 14.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": 200,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -335,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -112,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": 132,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -190,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": 107,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -143,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": 155,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -235,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": 165,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -250,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": 133,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": -195,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": 175,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -278,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": -130,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -103,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": 145,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -215,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": 108,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -143,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": -200,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": 138,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": 200,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -335,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": -315,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": 195,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": 200,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -335,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": 205,
                            "point": 24.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -360,
                            "point": 24.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": 175,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": -278,
                            "point": 13.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "pointsbetus",
            "title": "PointsBet (US)",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-22T23:55:47Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Caris LeVert",
                            "price": -125,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Caris LeVert",
                            "price": -105,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Cole Anthony",
                            "price": -115,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Cole Anthony",
                            "price": -115,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Darius Garland",
                            "price": -115,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Darius Garland",
                            "price": -115,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Evan Mobley",
                            "price": 100,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Evan Mobley",
                            "price": -130,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Franz Wagner",
                            "price": -125,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Franz Wagner",
                            "price": -105,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Harris",
                            "price": -115,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Harris",
                            "price": -115,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Georges Niang",
                            "price": -105,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Georges Niang",
                            "price": -125,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Isaac Okoro",
                            "price": -110,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Isaac Okoro",
                            "price": -120,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Jalen Suggs",
                            "price": -125,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jalen Suggs",
                            "price": -105,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Jarrett Allen",
                            "price": -120,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Jarrett Allen",
                            "price": -110,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Jonathan Isaac",
                            "price": -125,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Jonathan Isaac",
                            "price": -105,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Max Strus",
                            "price": -105,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Max Strus",
                            "price": -125,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Moritz Wagner",
                            "price": -125,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Moritz Wagner",
                            "price": -105,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Paolo Banchero",
                            "price": -110,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Paolo Banchero",
                            "price": -120,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Sam Merrill",
                            "price": -115,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Sam Merrill",
                            "price": -115,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Wendell Carter",
                            "price": 100,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Wendell Carter",
                            "price": -130,
                            "point": 11.5
                        }
                    ]
                }
            ]
        }
    ]
};

export const mockBrooklynVsToronto = {
    "id": "f9f3f99b5124a4ecf984003f0af23d2e",
    "sport_key": "basketball_nba",
    "sport_title": "NBA",
    "commence_time": "2024-02-23T00:10:00Z",
    "home_team": "Toronto Raptors",
    "away_team": "Brooklyn Nets",
    "bookmakers": [
        {
            "key": "draftkings",
            "title": "DraftKings",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-23T00:06:54Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": 110,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -140,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": 105,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": -135,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -105,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -125,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Thomas",
                            "price": -125,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Thomas",
                            "price": -105,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -110,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -120,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Dorian Finney-Smith",
                            "price": -115,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Dorian Finney-Smith",
                            "price": -115,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -115,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -115,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Gradey Dick",
                            "price": -110,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gradey Dick",
                            "price": -120,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -125,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -105,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": 100,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -130,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Kelly Olynyk",
                            "price": -115,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Kelly Olynyk",
                            "price": -115,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Lonnie Walker IV",
                            "price": -110,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Lonnie Walker IV",
                            "price": -120,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 120,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -150,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Nicolas Claxton",
                            "price": -140,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Nicolas Claxton",
                            "price": 110,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -125,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -105,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -110,
                            "point": 20.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "mybookieag",
            "title": "MyBookie.ag",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-23T00:06:25Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -115,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -120,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -110,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -125,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": 100,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -140,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -115,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -120,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -115,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": -120,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -115,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": -105,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": -135,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Kelly Olynyk",
                            "price": -115,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Kelly Olynyk",
                            "price": -120,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Gradey Dick",
                            "price": -115,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gradey Dick",
                            "price": -115,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 105,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -145,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": -145,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": 105,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -105,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -130,
                            "point": 20.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "fanduel",
            "title": "FanDuel",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-23T00:05:50Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Cam Johnson",
                            "price": -122,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Johnson",
                            "price": 100,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Kelly Olynyk",
                            "price": -115,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Kelly Olynyk",
                            "price": -105,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown Jr",
                            "price": -102,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown Jr",
                            "price": -120,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": 102,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -124,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -110,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -110,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -105,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -115,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": -122,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": 100,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": -102,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -120,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": -120,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -102,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Gradey Dick",
                            "price": -102,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gradey Dick",
                            "price": -120,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Dorian Finney-Smith",
                            "price": -108,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Dorian Finney-Smith",
                            "price": -112,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -122,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": 100,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": 100,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -122,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -104,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -118,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": -118,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -104,
                            "point": 11.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "bovada",
            "title": "Bovada",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-23T00:00:25Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": 110,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -145,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown Jr",
                            "price": -105,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown Jr",
                            "price": -125,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -105,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -125,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Thomas",
                            "price": -125,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Thomas",
                            "price": -105,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -110,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -120,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Dorian Finney Smith",
                            "price": -115,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Dorian Finney Smith",
                            "price": -115,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -115,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -115,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Gradey Dick",
                            "price": -125,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gradey Dick",
                            "price": -105,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -120,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -110,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": -105,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -125,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Lonnie Walker IV",
                            "price": -110,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Lonnie Walker IV",
                            "price": -120,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 115,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -150,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Nicolas Claxton",
                            "price": -145,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Nicolas Claxton",
                            "price": 110,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett Jr.",
                            "price": -125,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett Jr.",
                            "price": -105,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -110,
                            "point": 20.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "williamhill_us",
            "title": "Caesars",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-23T00:07:02Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": -106,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -129,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": -135,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": -101,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": 102,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -139,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -129,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -106,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -113,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -121,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -108,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -127,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Dorian Finney-Smith",
                            "price": -115,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Dorian Finney-Smith",
                            "price": -119,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 104,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -142,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": 104,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -142,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": -125,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -109,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -109,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -125,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": 100,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": -137,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -115,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -119,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Kelly Olynyk",
                            "price": -111,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Kelly Olynyk",
                            "price": -123,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -118,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -122,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Dorian Finney-Smith",
                            "price": -122,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Dorian Finney-Smith",
                            "price": -118,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -110,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -130,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": -112,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -128,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": -120,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -120,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": -126,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -114,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -109,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -132,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -132,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -109,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -118,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -122,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -126,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -114,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -116,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -124,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": -103,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": -140,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Kelly Olynyk",
                            "price": -122,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Kelly Olynyk",
                            "price": -118,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": -138,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": -104,
                            "point": 11.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "betmgm",
            "title": "BetMGM",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-23T00:05:58Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -105,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -130,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Nicolas Claxton",
                            "price": -135,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Nicolas Claxton",
                            "price": 100,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -115,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -120,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": 100,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -135,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -110,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -120,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -130,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -105,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": 100,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": -135,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": -110,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -120,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Gradey Dick",
                            "price": -115,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gradey Dick",
                            "price": -120,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Kelly Olynyk",
                            "price": -120,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Kelly Olynyk",
                            "price": -115,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Smith Jr.",
                            "price": 100,
                            "point": 5.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Smith Jr.",
                            "price": -135,
                            "point": 5.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -110,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -120,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Day'Ron Sharpe",
                            "price": -140,
                            "point": 5.5
                        },
                        {
                            "name": "Under",
                            "description": "Day'Ron Sharpe",
                            "price": 105,
                            "point": 5.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -110,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Dorian Finney-Smith",
                            "price": -120,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Dorian Finney-Smith",
                            "price": -110,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -110,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -105,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -125,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Lonnie Walker IV",
                            "price": -110,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Lonnie Walker IV",
                            "price": -120,
                            "point": 6.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "betonlineag",
            "title": "BetOnline.ag",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-23T00:06:07Z",
                    "outcomes": [
                        {
                            "name": "Under",
                            "description": "Nicolas Claxton",
                            "price": 110,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Nicolas Claxton",
                            "price": -143,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -143,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 110,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -111,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -116,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -111,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -116,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -110,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -118,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": 100,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": -130,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -135,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": 104,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Gradey Dick",
                            "price": -114,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gradey Dick",
                            "price": -114,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": -118,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -110,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Kelly Olynyk",
                            "price": -118,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Kelly Olynyk",
                            "price": -110,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -122,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -106,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -125,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -103,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -110,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -118,
                            "point": 11.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "unibet_us",
            "title": "Unibet",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-23T00:06:59Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -104,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -129,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": -106,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -125,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": 112,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -152,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": 125,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -177,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": 148,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -220,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": 125,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": -177,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 105,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -139,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 128,
                            "point": 24.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -182,
                            "point": 24.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": 155,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": -240,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": 140,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -205,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -109,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -122,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -110,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -121,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": -122,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": -108,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -295,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": 180,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -148,
                            "point": 15.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": 110,
                            "point": 15.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -200,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": 138,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": -159,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": 116,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 155,
                            "point": 25.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -240,
                            "point": 25.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -114,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -117,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -182,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": 128,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -152,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": 112,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": 175,
                            "point": 14.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -278,
                            "point": 14.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -120,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -112,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": 165,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -265,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": -295,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": 180,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": 155,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -235,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": 116,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -159,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": 188,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -305,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -200,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": 138,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -148,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": 110,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": 123,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -175,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": -162,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": 117,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -205,
                            "point": 14.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": 140,
                            "point": 14.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -230,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": 150,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -265,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": 165,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -134,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": 102,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 195,
                            "point": 26.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -315,
                            "point": 26.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": -230,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": 155,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": 175,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -278,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": 195,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -315,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": 125,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -175,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -275,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": 170,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -152,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": 112,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": -250,
                            "point": 5.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": 163,
                            "point": 5.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": 114,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -155,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": 180,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -295,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": -125,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -106,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": 135,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": -200,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": 100,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": -132,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": 185,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": -305,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": -220,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": 148,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": -143,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": 108,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -375,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": 215,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -278,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": 175,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -132,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": 100,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -335,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": 200,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": 106,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -143,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -205,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": 140,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": 143,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -215,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": 195,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -315,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -375,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": 215,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": 190,
                            "point": 25.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -315,
                            "point": 25.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": -125,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -107,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": 155,
                            "point": 24.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -235,
                            "point": 24.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": 125,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -177,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": 102,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -134,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -112,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -120,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": 120,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -167,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": 160,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -240,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -235,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": 155,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -155,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": 112,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": 210,
                            "point": 14.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -360,
                            "point": 14.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": -162,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": 118,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -360,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": 210,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": -215,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": 145,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": -295,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": 185,
                            "point": 18.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "betrivers",
            "title": "BetRivers",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-23T00:06:22Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -104,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -129,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": -106,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -125,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": 112,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -152,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": 125,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -177,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": 148,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -220,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": 125,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": -177,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 105,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -139,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 128,
                            "point": 24.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -182,
                            "point": 24.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": 155,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": -240,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": 140,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -205,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -109,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -122,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -110,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -121,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": -122,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": -108,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -295,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": 180,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -148,
                            "point": 15.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": 110,
                            "point": 15.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -200,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": 138,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": -159,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": 116,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 155,
                            "point": 25.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -240,
                            "point": 25.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -114,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -117,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -182,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": 128,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -152,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": 112,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": 175,
                            "point": 14.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -278,
                            "point": 14.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -120,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -112,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": 165,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": -265,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": -295,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": 180,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": 155,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -235,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": 116,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -159,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": 188,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -305,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -200,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": 138,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -148,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": 110,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": 123,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -175,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Nic Claxton",
                            "price": -162,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Nic Claxton",
                            "price": 117,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -205,
                            "point": 14.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": 140,
                            "point": 14.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent Jr.",
                            "price": -230,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent Jr.",
                            "price": 150,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -265,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": 165,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -134,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": 102,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": 195,
                            "point": 26.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -315,
                            "point": 26.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": -230,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": 155,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": 175,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -278,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": 195,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -315,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": 125,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -175,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -275,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": 170,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -152,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": 112,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": -250,
                            "point": 5.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": 163,
                            "point": 5.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": 114,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -155,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": 180,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -295,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": -125,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -106,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": 135,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": -200,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": 100,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": -132,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": 185,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": -305,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": -220,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": 148,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": -143,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": 108,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -375,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": 215,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -278,
                            "point": 17.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": 175,
                            "point": 17.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -132,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": 100,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -335,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": 200,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": 106,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -143,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -205,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": 140,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": 143,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -215,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": 195,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -315,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -375,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": 215,
                            "point": 18.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": 190,
                            "point": 25.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -315,
                            "point": 25.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": -125,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -107,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": 155,
                            "point": 24.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -235,
                            "point": 24.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": 125,
                            "point": 23.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -177,
                            "point": 23.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": 102,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": -134,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -112,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -120,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": 120,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -167,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": 160,
                            "point": 13.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -240,
                            "point": 13.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -235,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": 155,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -155,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": 112,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": 210,
                            "point": 14.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -360,
                            "point": 14.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": -162,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": 118,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -360,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": 210,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": -215,
                            "point": 19.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": 145,
                            "point": 19.5
                        },
                        {
                            "name": "Over",
                            "description": "Cam Thomas",
                            "price": -295,
                            "point": 18.5
                        },
                        {
                            "name": "Under",
                            "description": "Cam Thomas",
                            "price": 185,
                            "point": 18.5
                        }
                    ]
                }
            ]
        },
        {
            "key": "pointsbetus",
            "title": "PointsBet (US)",
            "markets": [
                {
                    "key": "player_points",
                    "last_update": "2024-02-23T00:06:21Z",
                    "outcomes": [
                        {
                            "name": "Over",
                            "description": "Ben Simmons",
                            "price": -125,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Ben Simmons",
                            "price": -105,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Bruce Brown",
                            "price": -130,
                            "point": 9.5
                        },
                        {
                            "name": "Under",
                            "description": "Bruce Brown",
                            "price": 100,
                            "point": 9.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Johnson",
                            "price": -105,
                            "point": 11.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Johnson",
                            "price": -125,
                            "point": 11.5
                        },
                        {
                            "name": "Over",
                            "description": "Cameron Thomas",
                            "price": -105,
                            "point": 21.5
                        },
                        {
                            "name": "Under",
                            "description": "Cameron Thomas",
                            "price": -125,
                            "point": 21.5
                        },
                        {
                            "name": "Over",
                            "description": "Day'Ron Sharpe",
                            "price": 105,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Day'Ron Sharpe",
                            "price": -140,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Dennis Schroder",
                            "price": -115,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Dennis Schroder",
                            "price": -115,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Dorian Finney-Smith",
                            "price": -115,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Dorian Finney-Smith",
                            "price": -115,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Gary Trent",
                            "price": -115,
                            "point": 10.5
                        },
                        {
                            "name": "Under",
                            "description": "Gary Trent",
                            "price": -115,
                            "point": 10.5
                        },
                        {
                            "name": "Over",
                            "description": "Gradey Dick",
                            "price": -110,
                            "point": 7.5
                        },
                        {
                            "name": "Under",
                            "description": "Gradey Dick",
                            "price": -120,
                            "point": 7.5
                        },
                        {
                            "name": "Over",
                            "description": "Immanuel Quickley",
                            "price": -125,
                            "point": 16.5
                        },
                        {
                            "name": "Under",
                            "description": "Immanuel Quickley",
                            "price": -105,
                            "point": 16.5
                        },
                        {
                            "name": "Over",
                            "description": "Jakob Poeltl",
                            "price": 100,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Jakob Poeltl",
                            "price": -130,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "Kelly Olynyk",
                            "price": -115,
                            "point": 8.5
                        },
                        {
                            "name": "Under",
                            "description": "Kelly Olynyk",
                            "price": -115,
                            "point": 8.5
                        },
                        {
                            "name": "Over",
                            "description": "Lonnie Walker",
                            "price": -105,
                            "point": 6.5
                        },
                        {
                            "name": "Under",
                            "description": "Lonnie Walker",
                            "price": -125,
                            "point": 6.5
                        },
                        {
                            "name": "Over",
                            "description": "Mikal Bridges",
                            "price": -110,
                            "point": 22.5
                        },
                        {
                            "name": "Under",
                            "description": "Mikal Bridges",
                            "price": -120,
                            "point": 22.5
                        },
                        {
                            "name": "Over",
                            "description": "Nicolas Claxton",
                            "price": 100,
                            "point": 12.5
                        },
                        {
                            "name": "Under",
                            "description": "Nicolas Claxton",
                            "price": -130,
                            "point": 12.5
                        },
                        {
                            "name": "Over",
                            "description": "RJ Barrett",
                            "price": -110,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "RJ Barrett",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Over",
                            "description": "Scottie Barnes",
                            "price": -120,
                            "point": 20.5
                        },
                        {
                            "name": "Under",
                            "description": "Scottie Barnes",
                            "price": -110,
                            "point": 20.5
                        }
                    ]
                }
            ]
        }
    ]
};