// Contract slice: tasks. (Being written.)
export const tasksApi = {} as const;
