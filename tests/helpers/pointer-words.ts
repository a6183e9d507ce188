/** Words that tell a reader to hover, click or tap: out of place on paper and in a chart's picture. */
export const POINTER_WORDS = /悬停|鼠标|点击|单击|点按|hover|click|mouse|\btap\b/i
