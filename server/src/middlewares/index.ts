import bodyLimits from './body-limits';

export default { 'body-limits': bodyLimits };
