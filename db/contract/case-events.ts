// Contract slice: case-events. (Being written.)
export const caseEventsApi = {} as const;
