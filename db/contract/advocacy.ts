// Contract slice: advocacy. (Being written.)
export const advocacyApi = {} as const;
