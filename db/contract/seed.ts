// Contract slice: seed. (Being written.)
export const seedApi = {} as const;
