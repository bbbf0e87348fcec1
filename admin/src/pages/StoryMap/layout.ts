import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

import type { StoryMapEdge, StoryMapNode } from '../../../../shared/contracts/admin';

type Point = { x: number; y: number };
type ForceNode = SimulationNodeDatum & { id: string };

/**
 * Positions for the map's stories, computed once with a force simulation run to rest (linked
 * stories pull together, all stories push apart, orphans drift to the rim).
 */
export const layoutStoryMap = (
  nodes: StoryMapNode[],
  edges: StoryMapEdge[]
): Map<string, Point> => {
  const simNodes: ForceNode[] = nodes.map((node, index) => {
    // Start on a spiral so the result does not depend on randomness.
    const angle = index * 2.399963;
    const radius = 30 * Math.sqrt(index + 1);
    return { id: node.documentId, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const simLinks: SimulationLinkDatum<ForceNode>[] = edges.map((edge) => ({
    source: edge.source,
    target: edge.target,
  }));
  const simulation = forceSimulation(simNodes)
    .force(
      'link',
      forceLink<ForceNode, SimulationLinkDatum<ForceNode>>(simLinks)
        .id((node) => node.id)
        .distance(140)
    )
    .force('charge', forceManyBody().strength(-320))
    .force('collide', forceCollide(70))
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.04))
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(ticks);
  return new Map(simNodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }]));
};
