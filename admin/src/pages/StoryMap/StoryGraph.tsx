import '@xyflow/react/dist/style.css';

import { Background, Controls, MarkerType, ReactFlow, type Edge } from '@xyflow/react';
import { useMemo } from 'react';

import type { StoryMapEdge, StoryMapNode } from '../../../../shared/contracts/admin';
import { layoutStoryMap } from './layout';
import { NO_SECTION_COLOR } from './sections';
import { StoryNode, type StoryFlowNode } from './StoryNode';

type StoryGraphProps = {
  nodes: StoryMapNode[];
  edges: StoryMapEdge[];
  colors: Map<string, string>;
  onOpen: (documentId: string) => void;
};

const nodeTypes = { story: StoryNode };

/** The stories as nodes and their links as arrows, laid out once per map. */
export const StoryGraph = ({ nodes, edges, colors, onOpen }: StoryGraphProps) => {
  const flow = useMemo(() => {
    const positions = layoutStoryMap(nodes, edges);
    const flowNodes: StoryFlowNode[] = nodes.map((node) => ({
      id: node.documentId,
      type: 'story',
      position: positions.get(node.documentId) ?? { x: 0, y: 0 },
      data: {
        documentId: node.documentId,
        title: node.title,
        color: (node.section && colors.get(node.section)) || NO_SECTION_COLOR,
        orphan: node.orphan,
        onOpen,
      },
    }));
    const flowEdges: Edge[] = edges.map((edge, index) => ({
      id: `${edge.source}->${edge.target}:${index}`,
      source: edge.source,
      target: edge.target,
      markerEnd: { type: MarkerType.ArrowClosed },
      style: { stroke: '#a5a5ba' },
    }));
    return { flowNodes, flowEdges };
  }, [nodes, edges, colors, onOpen]);

  return (
    <div style={{ width: '100%', height: 640 }} data-testid="newsroom-story-map">
      <ReactFlow
        nodes={flow.flowNodes}
        edges={flow.flowEdges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        fitView
        minZoom={0.1}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
};
