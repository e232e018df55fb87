// Contract slice: timeline. (Being written.)
export const timelineApi = {} as const;
