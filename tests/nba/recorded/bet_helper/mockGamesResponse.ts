export const mockGamesResponse = [
    {
        "id": "f54c4a22568ce9dc33fb410d1b0e75e9",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-23T00:00:00Z",
        "completed": false,
        "home_team": "Cleveland Cavaliers",
        "away_team": "Orlando Magic",
        "scores": null,
        "last_update": null
    },
    {
        "id": "f9f3f99b5124a4ecf984003f0af23d2e",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-23T00:10:00Z",
        "completed": false,
        "home_team": "Toronto Raptors",
        "away_team": "Brooklyn Nets",
        "scores": null,
        "last_update": null
    },
    {
        "id": "bbd989c38fb4fc92248cdabcf72ab9e6",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-23T00:10:00Z",
        "completed": false,
        "home_team": "Indiana Pacers",
        "away_team": "Detroit Pistons",
        "scores": null,
        "last_update": null
    },
    {
        "id": "238b7c427608c3507f9b7e5bdad8b907",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-23T00:10:00Z",
        "completed": false,
        "home_team": "Philadelphia 76ers",
        "away_team": "New York Knicks",
        "scores": null,
        "last_update": null
    },
    {
        "id": "c5b55944a81be036f764be503c0ddd36",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-23T00:30:00Z",
        "completed": false,
        "home_team": "Dallas Mavericks",
        "away_team": "Phoenix Suns",
        "scores": null,
        "last_update": null
    },
    {
        "id": "806bf8db6e8cafa62ddb55e7df58b06e",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-23T01:00:00Z",
        "completed": false,
        "home_team": "New Orleans Pelicans",
        "away_team": "Houston Rockets",
        "scores": null,
        "last_update": null
    },
    {
        "id": "8ac6e6d1660ca15b05a9fd0c0954fcfd",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-23T01:10:00Z",
        "completed": false,
        "home_team": "Chicago Bulls",
        "away_team": "Boston Celtics",
        "scores": null,
        "last_update": null
    },
    {
        "id": "438de9f441f237bbd739df3936c24494",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-23T01:10:00Z",
        "completed": false,
        "home_team": "Oklahoma City Thunder",
        "away_team": "Los Angeles Clippers",
        "scores": null,
        "last_update": null
    },
    {
        "id": "7ff47422d6625afda9544e899462ff06",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-23T02:10:00Z",
        "completed": false,
        "home_team": "Utah Jazz",
        "away_team": "Charlotte Hornets",
        "scores": null,
        "last_update": null
    },
    {
        "id": "56595ed6f5bc3a306a831775053f21eb",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-23T02:10:00Z",
        "completed": false,
        "home_team": "Denver Nuggets",
        "away_team": "Washington Wizards",
        "scores": null,
        "last_update": null
    },
    {
        "id": "0c47a6377ec36746b784609fafa4e25e",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-23T03:00:00Z",
        "completed": false,
        "home_team": "Golden State Warriors",
        "away_team": "Los Angeles Lakers",
        "scores": null,
        "last_update": null
    },
    {
        "id": "2a8c97bf2b28cdaf22c43a433f77a9c8",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-23T03:10:00Z",
        "completed": false,
        "home_team": "Sacramento Kings",
        "away_team": "San Antonio Spurs",
        "scores": null,
        "last_update": null
    },
    {
        "id": "4ca2f33559d32db74f8e8894a71312b5",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-24T00:30:00Z",
        "completed": false,
        "home_team": "Atlanta Hawks",
        "away_team": "Toronto Raptors",
        "scores": null,
        "last_update": null
    },
    {
        "id": "f695fc5d725bc275343391fb87ed861e",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-24T00:30:00Z",
        "completed": false,
        "home_team": "Philadelphia 76ers",
        "away_team": "Cleveland Cavaliers",
        "scores": null,
        "last_update": null
    },
    {
        "id": "59df473d0ef251265245d62b7adeb30e",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-24T01:00:00Z",
        "completed": false,
        "home_team": "Houston Rockets",
        "away_team": "Phoenix Suns",
        "scores": null,
        "last_update": null
    },
    {
        "id": "2ead771e75ea1ded364c0e9e42ab1404",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-24T01:00:00Z",
        "completed": false,
        "home_team": "Memphis Grizzlies",
        "away_team": "Los Angeles Clippers",
        "scores": null,
        "last_update": null
    },
    {
        "id": "98d566947c547e8bb26052248aa9886a",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-24T01:00:00Z",
        "completed": false,
        "home_team": "New Orleans Pelicans",
        "away_team": "Miami Heat",
        "scores": null,
        "last_update": null
    },
    {
        "id": "703e78f878fd29658600d9a1ca392817",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-24T01:00:00Z",
        "completed": false,
        "home_team": "Oklahoma City Thunder",
        "away_team": "Washington Wizards",
        "scores": null,
        "last_update": null
    },
    {
        "id": "8665e61d2754ea047780ecda1705cf09",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-24T03:00:00Z",
        "completed": false,
        "home_team": "Golden State Warriors",
        "away_team": "Charlotte Hornets",
        "scores": null,
        "last_update": null
    },
    {
        "id": "f2b4edb503dc693b7031c1230fa906c1",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-24T03:00:00Z",
        "completed": false,
        "home_team": "Portland Trail Blazers",
        "away_team": "Denver Nuggets",
        "scores": null,
        "last_update": null
    },
    {
        "id": "87b4d03c3dbdd99d2dad6c8ef097247f",
        "sport_key": "basketball_nba",
        "sport_title": "NBA",
        "commence_time": "2024-02-24T03:00:00Z",
        "completed": false,
        "home_team": "Minnesota Timberwolves",
        "away_team": "Milwaukee Bucks",
        "scores": null,
        "last_update": null
    }
];

